import { ErrorCode, KhabarError } from '../core/errors';
import { ApiKeyStore } from './api-key.store';
import type { AuthOptions } from '../core/config';
import { ANONYMOUS, type Principal } from '../core/principal';
import { createJwtVerifier, type JwtVerifier } from './jwt.verifier';

/**
 * The request headers we look at. Values may be arrays because that is how Node types unknown headers;
 * passing `req.headers` works as it is.
 */
export interface AuthHeaders {
  authorization?: string | string[];
  'x-api-key'?: string | string[];
}

export interface Authenticator {
  /** Anonymous when no credential is sent; rejects with UNAUTHENTICATED when one is sent but refused. */
  authenticate(headers: AuthHeaders): Promise<Principal>;
  readonly readsRequireAuth: boolean;
}

type Credential = { kind: 'jwt'; token: string } | { kind: 'api-key'; key: string };

/** Builds the authenticator; rejects at start-up when any part of the options is unusable. */
export async function createAuthenticator(options: AuthOptions): Promise<Authenticator> {
  const apiKeys = new ApiKeyStore(options.apiKeys);
  const jwt = options.jwt ? await createJwtVerifier(options.jwt) : undefined;
  return {
    readsRequireAuth: options.readsRequireAuth,
    async authenticate(headers: AuthHeaders): Promise<Principal> {
      const credential = credentialFrom(headers);
      if (!credential) return ANONYMOUS;
      return credential.kind === 'jwt' ? verifyJwt(jwt, credential.token) : verifyApiKey(apiKeys, credential.key);
    },
  };
}

async function verifyJwt(verifier: JwtVerifier | undefined, token: string): Promise<Principal> {
  if (!verifier) throw unauthenticated('bearer tokens are not accepted by this server; use an API key');
  return verifier.verify(token);
}

function verifyApiKey(store: ApiKeyStore, key: string): Principal {
  const principal = store.verify(key);
  if (!principal) throw unauthenticated('unknown API key');
  return principal;
}

function credentialFrom(headers: AuthHeaders): Credential | null {
  const authorization = headerValue(headers.authorization, 'Authorization');
  const apiKey = headerValue(headers['x-api-key'], 'x-api-key');
  // Two credentials could name two principals; refusing is simpler than defining a precedence.
  if (authorization && apiKey)
    throw unauthenticated('send one credential: either Authorization or x-api-key, not both');
  if (apiKey) return { kind: 'api-key', key: apiKey };
  if (authorization) return parseAuthorization(authorization);
  return null;
}

/** Blank counts as absent: clients such as Apollo Sandbox send empty header values. */
function headerValue(value: string | string[] | undefined, name: string): string | undefined {
  if (Array.isArray(value)) {
    if (value.length > 1) throw unauthenticated(`send the ${name} header once`);
    value = value[0];
  }
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function parseAuthorization(header: string): Credential {
  const [, scheme, value] = /^(\S+)\s+(\S+)$/.exec(header) ?? [];
  if (scheme === undefined || value === undefined) {
    throw unauthenticated("malformed Authorization header: expected 'Bearer <token>' or 'ApiKey <key>'");
  }
  // Auth schemes are case-insensitive (RFC 9110 §11.1).
  switch (scheme.toLowerCase()) {
    case 'bearer':
      return { kind: 'jwt', token: value };
    case 'apikey':
      return { kind: 'api-key', key: value };
    default:
      throw unauthenticated(`unsupported Authorization scheme ${describeScheme(scheme)}: use Bearer or ApiKey`);
  }
}

/** The scheme is echoed to help the caller, but only when it looks like a scheme name and not a pasted secret. */
function describeScheme(scheme: string): string {
  return /^[A-Za-z][A-Za-z0-9-]{0,19}$/.test(scheme) ? `'${scheme}'` : '(unrecognised)';
}

function unauthenticated(message: string): KhabarError {
  return new KhabarError(ErrorCode.UNAUTHENTICATED, message);
}
