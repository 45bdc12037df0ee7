/** Who is making a request, and what they may do. Roles are ordered: each one includes the ones before it. */
export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  /** `key:<name>`, `jwt:<sub>` or `anonymous`; safe to log and to record as the author of a write. */
  id: string;
  role: Role;
  via: 'api-key' | 'jwt' | 'anonymous';
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function roleAtLeast(principal: Principal, role: Role): boolean {
  return ROLES.indexOf(principal.role) >= ROLES.indexOf(role);
}

/** A request without any credential. Whether it may read is decided by `requireRead`, not by its role. */
export const ANONYMOUS: Readonly<Principal> = Object.freeze({ id: 'anonymous', role: 'reader', via: 'anonymous' });

export const DEFAULT_ROLE_CLAIM = 'role';
export const DEFAULT_CLOCK_TOLERANCE_SEC = 5;

export interface JwtOptions {
  /** Exactly one of hs256Secret, publicKeyPem (with publicKeyAlg) or jwksUrl. */
  hs256Secret?: string;
  /** SPKI PEM (`-----BEGIN PUBLIC KEY-----`). */
  publicKeyPem?: string;
  publicKeyAlg?: 'RS256' | 'ES256';
  /** https (http only for loopback hosts); keys must be RS256 or ES256. */
  jwksUrl?: string;
  /** When set, the `iss` claim must equal it. */
  issuer?: string;
  /** When set, the `aud` claim must contain it. */
  audience?: string;
  /** Name of the claim holding the role, taken literally (namespaced names like `https://x/role` contain dots). */
  roleClaim: string;
  clockToleranceSec: number;
}

export interface AuthOptions {
  /** Entries `name:role:sha256hex`; see api-key.store.ts. */
  apiKeys: string[];
  /** Absent: bearer tokens are refused. */
  jwt?: JwtOptions;
  /** When true, anonymous requests may not read either. */
  readsRequireAuth: boolean;
}
