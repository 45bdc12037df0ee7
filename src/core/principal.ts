import { ErrorCode, KhabarError } from './errors';

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

/** For writes and admin operations: anonymous callers must authenticate, known ones need the role. */
export function requireRole(principal: Principal, role: Role): void {
  if (principal.via === 'anonymous') {
    throw new KhabarError(ErrorCode.UNAUTHENTICATED, `authentication required: this operation needs role '${role}'`, {
      requiredRole: role,
    });
  }
  if (!roleAtLeast(principal, role)) {
    throw new KhabarError(
      ErrorCode.FORBIDDEN,
      `role '${role}' required; ${principal.id} has role '${principal.role}'`,
      {
        requiredRole: role,
      },
    );
  }
}

export function requireRead(principal: Principal, readsRequireAuth: boolean): void {
  if (readsRequireAuth && principal.via === 'anonymous') {
    throw new KhabarError(
      ErrorCode.UNAUTHENTICATED,
      'authentication required: this server does not allow anonymous reads',
      {
        requiredRole: 'reader',
      },
    );
  }
}
