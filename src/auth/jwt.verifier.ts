import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  errors,
  importSPKI,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyOptions,
  type JWTVerifyResult,
} from 'jose';
import { ErrorCode, KhabarError } from '../core/errors';
import type { JwtOptions } from '../core/config';
import { isRole, ROLES, type Principal } from '../core/principal';

// Bearer tokens are verified by jose only; this file decides which keys and algorithms to trust and turns
// jose's failures into messages a client can act on.

export interface JwtVerifier {
  /** Resolves to the principal, or rejects with KhabarError UNAUTHENTICATED when the token is refused. */
  verify(token: string): Promise<Principal>;
}

/** The trusted key(s) bound to jwtVerify, and the only algorithms they may be used with. */
interface KeySource {
  verify: (token: string, options: JWTVerifyOptions) => Promise<JWTVerifyResult>;
  algorithms: string[];
}

const MIN_HS256_SECRET_BYTES = 32;
const MAX_CLOCK_TOLERANCE_SEC = 300;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Builds a verifier; rejects (at start-up, not on the first request) when the options are unusable. */
export async function createJwtVerifier(options: JwtOptions): Promise<JwtVerifier> {
  validateClaimOptions(options);
  const source = await keySource(options);
  const verifyOptions: JWTVerifyOptions = {
    algorithms: source.algorithms,
    issuer: options.issuer,
    audience: options.audience,
    clockTolerance: options.clockToleranceSec,
    // A token without exp would be valid forever; no identity provider we care about omits it.
    requiredClaims: ['exp'],
  };
  return {
    async verify(token: string): Promise<Principal> {
      let payload: JWTPayload;
      try {
        ({ payload } = await source.verify(token, verifyOptions));
      } catch (err) {
        throw toUnauthenticated(err, token, source.algorithms);
      }
      return principalFrom(payload, options.roleClaim);
    },
  };
}

async function keySource(options: JwtOptions): Promise<KeySource> {
  const given = (['hs256Secret', 'publicKeyPem', 'jwksUrl'] as const).filter((k) => options[k] !== undefined);
  // One trust anchor only: mixing a shared secret with public keys is how algorithm-confusion attacks start.
  if (given.length !== 1) {
    throw new Error(
      'JWT: configure exactly one of hs256Secret, publicKeyPem, jwksUrl ' +
        `(got ${given.length ? given.join(', ') : 'none'})`,
    );
  }
  if (options.hs256Secret !== undefined) return hs256Source(options.hs256Secret);
  if (options.publicKeyPem !== undefined) return publicKeySource(options.publicKeyPem, options.publicKeyAlg);
  return jwksSource(options.jwksUrl as string);
}

function hs256Source(secret: string): KeySource {
  const key = new TextEncoder().encode(secret);
  // RFC 7518 §3.2: an HS256 key must be at least as long as the hash output.
  if (key.byteLength < MIN_HS256_SECRET_BYTES) {
    throw new Error(`JWT: the HS256 secret must be at least ${MIN_HS256_SECRET_BYTES} bytes (got ${key.byteLength})`);
  }
  return { verify: (token, opts) => jwtVerify(token, key, opts), algorithms: ['HS256'] };
}

async function publicKeySource(pem: string, alg: JwtOptions['publicKeyAlg']): Promise<KeySource> {
  if (alg !== 'RS256' && alg !== 'ES256')
    throw new Error('JWT: publicKeyAlg must be RS256 or ES256 when publicKeyPem is set');
  let key: CryptoKey;
  try {
    key = await importSPKI(pem.trim(), alg);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`JWT: publicKeyPem is not an SPKI PEM public key usable with ${alg} (${reason})`, { cause: err });
  }
  return { verify: (token, opts) => jwtVerify(token, key, opts), algorithms: [alg] };
}

function jwksSource(jwksUrl: string): KeySource {
  let url: URL;
  try {
    url = new URL(jwksUrl);
  } catch {
    throw new Error('JWT: jwksUrl is not a valid URL');
  }
  // Keys fetched over plain http could be swapped by anyone on the path; loopback is allowed for tests and sidecars.
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  if (!secure) throw new Error('JWT: jwksUrl must use https (http only for localhost / 127.0.0.1 / [::1])');
  // HS* is never listed: a JWKS holds public keys, and jose also checks each key's own alg.
  const jwks = createRemoteJWKSet(url);
  return { verify: (token, opts) => jwtVerify(token, jwks, opts), algorithms: ['RS256', 'ES256'] };
}

function validateClaimOptions(options: JwtOptions): void {
  if (!options.roleClaim?.trim()) throw new Error('JWT: roleClaim must be a non-empty claim name');
  const tol = options.clockToleranceSec;
  if (!Number.isFinite(tol) || tol < 0 || tol > MAX_CLOCK_TOLERANCE_SEC) {
    throw new Error(`JWT: clockToleranceSec must be between 0 and ${MAX_CLOCK_TOLERANCE_SEC}`);
  }
  if (options.issuer !== undefined && !options.issuer.trim())
    throw new Error('JWT: issuer, when set, must not be empty');
  if (options.audience !== undefined && !options.audience.trim())
    throw new Error('JWT: audience, when set, must not be empty');
}

function principalFrom(payload: JWTPayload, roleClaim: string): Principal {
  if (typeof payload.sub !== 'string' || payload.sub === '') throw unauthenticated('token has no "sub" claim');
  const role = payload[roleClaim];
  if (role === undefined) throw unauthenticated(`token has no "${roleClaim}" claim`);
  if (!isRole(role)) throw unauthenticated(`token claim "${roleClaim}" must be one of ${ROLES.join(', ')}`);
  return { id: `jwt:${payload.sub}`, role, via: 'jwt' };
}

/**
 * Maps a jose failure to a client-facing reason. Errors that are not about the token (the JWKS endpoint
 * down or serving garbage) are rethrown as they are, so they surface as internal errors and get logged.
 */
function toUnauthenticated(err: unknown, token: string, algorithms: string[]): unknown {
  if (!(err instanceof errors.JOSEError)) return err;
  if (err instanceof errors.JWTExpired) return unauthenticated('token expired');
  if (err instanceof errors.JWTClaimValidationFailed) return unauthenticated(claimFailure(err));
  if (err instanceof errors.JOSEAlgNotAllowed) {
    return unauthenticated(`token algorithm ${describeAlg(token)} is not allowed (accepted: ${algorithms.join(', ')})`);
  }
  if (err instanceof errors.JWSSignatureVerificationFailed) return unauthenticated('token signature is invalid');
  if (err instanceof errors.JWKSNoMatchingKey)
    return unauthenticated('no signing key matches the token (unknown "kid")');
  if (err instanceof errors.JWKSMultipleMatchingKeys)
    return unauthenticated('token does not name its signing key ("kid")');
  if (err instanceof errors.JWSInvalid || err instanceof errors.JWTInvalid)
    return unauthenticated('token is malformed');
  if (err instanceof errors.JOSENotSupported) return unauthenticated('token uses an unsupported feature');
  return err;
}

function claimFailure(err: InstanceType<typeof errors.JWTClaimValidationFailed>): string {
  if (err.reason === 'missing') return `token has no "${err.claim}" claim`;
  if (err.claim === 'nbf') return 'token is not valid yet ("nbf" is in the future)';
  if (err.claim === 'iat') return 'token is issued in the future ("iat")';
  if (err.claim === 'iss') return 'token issuer ("iss") is not the expected one';
  if (err.claim === 'aud') return 'token audience ("aud") is not the expected one';
  return `token claim "${err.claim}" is invalid`;
}

/** The header alg for the message; it is attacker-controlled text, so only a short token-like value is echoed. */
function describeAlg(token: string): string {
  try {
    const { alg } = decodeProtectedHeader(token);
    return typeof alg === 'string' && /^[A-Za-z0-9+-]{1,16}$/.test(alg) ? `"${alg}"` : '(unrecognised)';
  } catch {
    return '(unreadable)';
  }
}

function unauthenticated(message: string): KhabarError {
  return new KhabarError(ErrorCode.UNAUTHENTICATED, message);
}
