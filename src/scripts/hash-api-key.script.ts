import { formatApiKeyEntry } from '../auth/api-key.store';
import { isRole, ROLES } from '../core/principal';

// Prints the configured (hashed) form of an API key: name:role:sha256hex.
//
//   npx tsx src/scripts/hash-api-key.script.ts <name> <role> <key>
//
// Give the raw key to its holder and put only the printed line in the server's API key list; the server
// never needs the raw key. Generate keys randomly, e.g. `openssl rand -base64url 32` or
// `node -e "console.log(require('crypto').randomBytes(32).toString('base64url'))"`.

// Short keys could be guessed offline from the hash, which is unsalted by design (see api-key.store.ts).
const MIN_KEY_LENGTH = 24;

function main(argv: string[]): number {
  const [name, role, key] = argv;
  if (argv.length !== 3 || !name || !role || !key) {
    console.error(
      `usage: npx tsx src/scripts/hash-api-key.script.ts <name> <role> <key>   (role: ${ROLES.join(' | ')})`,
    );
    return 2;
  }
  if (!isRole(role)) {
    console.error(`role must be one of ${ROLES.join(', ')}`);
    return 2;
  }
  if (key.length < MIN_KEY_LENGTH) {
    console.error(`the key must be at least ${MIN_KEY_LENGTH} characters; use a random one`);
    return 2;
  }
  try {
    console.log(formatApiKeyEntry(name, role, key));
    return 0;
  } catch (err) {
    console.error((err as Error).message);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
