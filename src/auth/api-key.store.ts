import { createHash, timingSafeEqual } from 'node:crypto';
import { isRole, ROLES, type Principal, type Role } from '../core/principal';

// Keys are configured as sha256 hashes so that a leaked config (env dump, crash report, CI log) does not
// leak usable credentials. A plain sha256 (no salt, no KDF) is enough because keys are long random
// strings, not passwords: there is nothing to brute-force.

const NAME = /^[A-Za-z0-9._-]{1,64}$/;
const NAME_RULE = 'the name must be 1-64 characters of A-Z a-z 0-9 . _ -';
const SHA256_HEX = /^[0-9a-fA-F]{64}$/;

export function hashApiKey(rawKey: string): string {
  return createHash('sha256').update(rawKey, 'utf8').digest('hex');
}

export interface ApiKeyEntry {
  name: string;
  role: Role;
  /** The 32-byte sha256 digest of the raw key. */
  digest: Buffer;
}

/**
 * Parses one configured entry. The message names the index but never the entry itself: an operator who
 * pasted a raw key by mistake should not find it in the logs.
 */
function parseApiKeyEntry(entry: string, index: number): ApiKeyEntry {
  const where = `API key entry #${index}`;
  const [name, role, hash, ...extra] = entry.trim().split(':');
  if (name === undefined || role === undefined || hash === undefined || extra.length) {
    throw new Error(`${where}: expected name:role:sha256hex (3 parts separated by ':')`);
  }
  if (!NAME.test(name)) throw new Error(`${where}: ${NAME_RULE}`);
  if (!isRole(role)) throw new Error(`${where} ('${name}'): role must be one of ${ROLES.join(', ')}`);
  if (!SHA256_HEX.test(hash)) {
    throw new Error(`${where} ('${name}'): the third part must be the sha256 of the key as 64 hex characters`);
  }
  return { name, role, digest: Buffer.from(hash, 'hex') };
}

/** The configured form of a key; what `hash-api-key.script.ts` prints. */
export function formatApiKeyEntry(name: string, role: Role, rawKey: string): string {
  if (!NAME.test(name)) throw new Error(NAME_RULE);
  if (!rawKey) throw new Error('the key must not be empty');
  const entry = `${name}:${role}:${hashApiKey(rawKey)}`;
  parseApiKeyEntry(entry, 0); // the store must accept what we print
  return entry;
}

export class ApiKeyStore {
  private readonly entries: readonly ApiKeyEntry[];

  constructor(configured: readonly string[]) {
    this.entries = configured.map(parseApiKeyEntry);
    assertUnique(this.entries);
  }

  get size(): number {
    return this.entries.length;
  }

  verify(rawKey: string): Principal | null {
    if (!rawKey) return null;
    const digest = createHash('sha256').update(rawKey, 'utf8').digest();
    // Compare against every entry without stopping early, so timing says nothing about which one matched.
    let found: ApiKeyEntry | undefined;
    for (const entry of this.entries) {
      if (timingSafeEqual(entry.digest, digest) && !found) found = entry;
    }
    return found ? { id: `key:${found.name}`, role: found.role, via: 'api-key' } : null;
  }
}

function assertUnique(entries: readonly ApiKeyEntry[]): void {
  const names = new Set<string>();
  const digests = new Set<string>();
  entries.forEach((e, i) => {
    if (names.has(e.name)) throw new Error(`API key entry #${i}: name '${e.name}' is used twice`);
    // Two names for one key would make the principal depend on configuration order.
    const hex = e.digest.toString('hex');
    if (digests.has(hex)) throw new Error(`API key entry #${i} ('${e.name}'): the same key is configured twice`);
    names.add(e.name);
    digests.add(hex);
  });
}
