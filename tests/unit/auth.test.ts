import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { ApiKeyStore, formatApiKeyEntry, hashApiKey } from '../../src/auth/api-key.store';
import { createAuthenticator, type Authenticator } from '../../src/auth/auth.service';
import type { AuthOptions, JwtOptions } from '../../src/core/config';
import { ANONYMOUS, requireRead, requireRole, roleAtLeast, type Principal } from '../../src/core/principal';
import { KhabarError } from '../../src/core/errors';

const EDITOR_KEY = 'editor-key-0123456789abcdefghijklmnop';
const ADMIN_KEY = 'admin-key-0123456789abcdefghijklmnopq';
const HS_SECRET = 'a-shared-secret-that-is-long-enough-for-hs256!';
const now = () => Math.floor(Date.now() / 1000);

const jwtDefaults: JwtOptions = { roleClaim: 'role', clockToleranceSec: 5 };

function options(overrides: Partial<AuthOptions> = {}): AuthOptions {
  return {
    apiKeys: [formatApiKeyEntry('ci-bot', 'editor', EDITOR_KEY), formatApiKeyEntry('ops', 'admin', ADMIN_KEY)],
    readsRequireAuth: false,
    ...overrides,
  };
}

/** Awaits a promise (or runs a function) that must fail with a KhabarError, and returns it. */
async function refusal(attempt: Promise<unknown> | (() => unknown)): Promise<KhabarError> {
  try {
    await (typeof attempt === 'function' ? attempt() : attempt);
  } catch (err) {
    expect(err).toBeInstanceOf(KhabarError);
    return err as KhabarError;
  }
  throw new Error('expected a refusal, but it succeeded');
}

async function expectUnauthenticated(attempt: Promise<unknown>, messagePart: string): Promise<void> {
  const err = await refusal(attempt);
  expect(err.extensions.code).toBe('UNAUTHENTICATED');
  expect(err.message).toContain(messagePart);
}

function hs256(claims: JWTPayload, secret = HS_SECRET, expiresIn: string | number = '5m') {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}

const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

describe('API keys', () => {
  it('hashes with sha256 hex and prints name:role:hash', () => {
    expect(hashApiKey('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(formatApiKeyEntry('ci-bot', 'editor', 'abc')).toBe(`ci-bot:editor:${hashApiKey('abc')}`);
  });

  it('accepts a configured key in x-api-key and in Authorization: ApiKey (scheme case-insensitive)', async () => {
    const auth = await createAuthenticator(options());
    const expected: Principal = { id: 'key:ci-bot', role: 'editor', via: 'api-key' };
    expect(await auth.authenticate({ 'x-api-key': EDITOR_KEY })).toEqual(expected);
    expect(await auth.authenticate({ authorization: `ApiKey ${EDITOR_KEY}` })).toEqual(expected);
    expect(await auth.authenticate({ authorization: `apikey ${EDITOR_KEY}` })).toEqual(expected);
    expect(await auth.authenticate({ authorization: `ApiKey ${ADMIN_KEY}` })).toEqual({
      id: 'key:ops',
      role: 'admin',
      via: 'api-key',
    });
  });

  it('accepts upper-case hex in the configured entry', () => {
    const store = new ApiKeyStore([`x:reader:${hashApiKey(EDITOR_KEY).toUpperCase()}`]);
    expect(store.verify(EDITOR_KEY)?.id).toBe('key:x');
    expect(store.verify('')).toBeNull();
  });

  it('refuses an unknown key without echoing it', async () => {
    const auth = await createAuthenticator(options());
    const err = await refusal(auth.authenticate({ 'x-api-key': 'not-a-configured-key-123456' }));
    expect(err.extensions.code).toBe('UNAUTHENTICATED');
    expect(err.message).toBe('unknown API key');
    // The configured hash of a key is not the key: sending the hash must not work.
    await expectUnauthenticated(auth.authenticate({ 'x-api-key': hashApiKey(EDITOR_KEY) }), 'unknown API key');
  });

  it('rejects malformed configured entries at construction, naming the index but not the entry', async () => {
    const good = formatApiKeyEntry('a', 'reader', EDITOR_KEY);
    const cases: Array<[string, RegExp]> = [
      ['raw-secret-pasted-by-mistake', /#1: expected name:role:sha256hex/],
      [`b:owner:${hashApiKey('x')}`, /#1 \('b'\): role must be one of reader, editor, admin/],
      ['b:editor:abc123', /#1 \('b'\): .*64 hex/],
      [`b c:editor:${hashApiKey('x')}`, /#1: the name must be/],
      [`a:editor:${hashApiKey('other-key')}`, /#1: name 'a' is used twice/],
      [`b:admin:${hashApiKey(EDITOR_KEY)}`, /#1 \('b'\): the same key is configured twice/],
    ];
    for (const [bad, message] of cases) {
      expect(() => new ApiKeyStore([good, bad])).toThrow(message);
      await expect(createAuthenticator(options({ apiKeys: [good, bad] }))).rejects.toThrow(message);
    }
    try {
      new ApiKeyStore([good, 'raw-secret-pasted-by-mistake']);
    } catch (err) {
      expect((err as Error).message).not.toContain('raw-secret');
    }
  });
});

describe('credential headers', () => {
  it('gives the anonymous reader when no credential (or only blank headers) is sent', async () => {
    const auth = await createAuthenticator(options());
    expect(await auth.authenticate({})).toEqual({ id: 'anonymous', role: 'reader', via: 'anonymous' });
    expect(await auth.authenticate({ authorization: '  ', 'x-api-key': '' })).toEqual(ANONYMOUS);
  });

  it('takes Node request headers as they are', async () => {
    const auth = await createAuthenticator(options());
    const headers: IncomingHttpHeaders = { 'x-api-key': EDITOR_KEY, host: 'localhost' };
    expect((await auth.authenticate(headers)).role).toBe('editor');
    await expectUnauthenticated(
      auth.authenticate({ 'x-api-key': [EDITOR_KEY, ADMIN_KEY] }),
      'send the x-api-key header once',
    );
  });

  it('refuses unsupported schemes, malformed headers, two credentials, and bearer tokens when JWT is off', async () => {
    const auth = await createAuthenticator(options());
    await expectUnauthenticated(
      auth.authenticate({ authorization: 'Basic dXNlcjpwYXNz' }),
      "unsupported Authorization scheme 'Basic'",
    );
    await expectUnauthenticated(auth.authenticate({ authorization: EDITOR_KEY }), 'malformed Authorization header');
    await expectUnauthenticated(
      auth.authenticate({ authorization: `${EDITOR_KEY} x` }),
      'unsupported Authorization scheme (unrecognised)',
    );
    await expectUnauthenticated(
      auth.authenticate({ authorization: `ApiKey ${EDITOR_KEY}`, 'x-api-key': EDITOR_KEY }),
      'not both',
    );
    await expectUnauthenticated(
      auth.authenticate({ authorization: `Bearer ${await hs256({ sub: 'a', role: 'editor' })}` }),
      'bearer tokens are not accepted',
    );
  });
});

describe('JWT with an HS256 secret', () => {
  let auth: Authenticator;
  beforeAll(async () => {
    auth = await createAuthenticator(options({ jwt: { ...jwtDefaults, hs256Secret: HS_SECRET } }));
  });
  const bearer = async (token: string | Promise<string>) =>
    auth.authenticate({ authorization: `Bearer ${await token}` });

  it('accepts a valid token: id from sub, role from the role claim', async () => {
    expect(await bearer(hs256({ sub: 'alice', role: 'editor' }))).toEqual({
      id: 'jwt:alice',
      role: 'editor',
      via: 'jwt',
    });
    expect(
      (await auth.authenticate({ authorization: `bearer ${await hs256({ sub: 'b', role: 'admin' })}` })).role,
    ).toBe('admin');
  });

  it("refuses alg 'none'", async () => {
    const claims = { sub: 'mallory', role: 'admin', exp: now() + 300 };
    const unsigned = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims)}.`;
    await expectUnauthenticated(bearer(unsigned), 'token algorithm "none" is not allowed (accepted: HS256)');
  });

  it('refuses a wrong signature and a tampered payload', async () => {
    await expectUnauthenticated(
      bearer(hs256({ sub: 'alice', role: 'editor' }, 'another-secret-that-is-also-long-enough!!')),
      'token signature is invalid',
    );
    const [header, , signature] = (await hs256({ sub: 'alice', role: 'reader' })).split('.');
    const forged = `${header}.${b64url({ sub: 'alice', role: 'admin', exp: now() + 300 })}.${signature}`;
    await expectUnauthenticated(bearer(forged), 'token signature is invalid');
  });

  it('refuses garbage', async () => {
    await expectUnauthenticated(bearer('not.a.jwt'), 'token is malformed');
    await expectUnauthenticated(bearer('abc'), 'token is malformed');
  });

  it('refuses expired tokens, within the clock tolerance only', async () => {
    await expectUnauthenticated(
      bearer(hs256({ sub: 'alice', role: 'editor' }, HS_SECRET, now() - 60)),
      'token expired',
    );
    expect((await bearer(hs256({ sub: 'alice', role: 'editor' }, HS_SECRET, now() - 2))).id).toBe('jwt:alice');
  });

  it('refuses tokens that are not valid yet, and tokens without exp', async () => {
    const early = new SignJWT({ sub: 'alice', role: 'editor' })
      .setProtectedHeader({ alg: 'HS256' })
      .setNotBefore(now() + 600)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(HS_SECRET));
    await expectUnauthenticated(bearer(early), 'token is not valid yet');
    const forever = new SignJWT({ sub: 'alice', role: 'editor' })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode(HS_SECRET));
    await expectUnauthenticated(bearer(forever), 'token has no "exp" claim');
  });

  it('refuses a missing sub and a missing or unknown role', async () => {
    await expectUnauthenticated(bearer(hs256({ role: 'editor' })), 'token has no "sub" claim');
    await expectUnauthenticated(bearer(hs256({ sub: 'alice' })), 'token has no "role" claim');
    await expectUnauthenticated(
      bearer(hs256({ sub: 'alice', role: 'superuser' })),
      'token claim "role" must be one of reader, editor, admin',
    );
    await expectUnauthenticated(bearer(hs256({ sub: 'alice', role: ['admin'] })), 'token claim "role" must be one of');
  });

  it('never puts the secret or the token in the message', async () => {
    const token = await hs256({ sub: 'alice', role: 'editor' }, HS_SECRET, now() - 60);
    const err = await refusal(bearer(token));
    expect(err.message).not.toContain(HS_SECRET);
    expect(err.message).not.toContain(token.split('.')[2]);
  });
});

describe('JWT issuer, audience and role claim options', () => {
  it('checks iss and aud when configured', async () => {
    const auth = await createAuthenticator(
      options({ jwt: { ...jwtDefaults, hs256Secret: HS_SECRET, issuer: 'https://idp.example', audience: 'khabar' } }),
    );
    const sign = (iss: string, aud: string) =>
      new SignJWT({ sub: 'alice', role: 'editor' })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(iss)
        .setAudience(aud)
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(HS_SECRET));
    const bearer = async (t: Promise<string>) => auth.authenticate({ authorization: `Bearer ${await t}` });
    expect((await bearer(sign('https://idp.example', 'khabar'))).id).toBe('jwt:alice');
    await expectUnauthenticated(
      bearer(sign('https://evil.example', 'khabar')),
      'token issuer ("iss") is not the expected one',
    );
    await expectUnauthenticated(
      bearer(sign('https://idp.example', 'other-app')),
      'token audience ("aud") is not the expected one',
    );
    await expectUnauthenticated(bearer(hs256({ sub: 'alice', role: 'editor' })), 'token has no "iss" claim');
  });

  it('reads the role from a configurable (namespaced) claim', async () => {
    const claim = 'https://khabar.example/role';
    const auth = await createAuthenticator(
      options({ jwt: { ...jwtDefaults, roleClaim: claim, hs256Secret: HS_SECRET } }),
    );
    const ok = await auth.authenticate({ authorization: `Bearer ${await hs256({ sub: 'a', [claim]: 'admin' })}` });
    expect(ok.role).toBe('admin');
    await expectUnauthenticated(
      auth.authenticate({ authorization: `Bearer ${await hs256({ sub: 'a', role: 'admin' })}` }),
      `token has no "${claim}" claim`,
    );
  });
});

describe('JWT configuration errors', () => {
  it('rejects unusable JWT options at construction', async () => {
    const bad = (jwt: Partial<JwtOptions>) => createAuthenticator(options({ jwt: { ...jwtDefaults, ...jwt } }));
    await expect(bad({ hs256Secret: 'short' })).rejects.toThrow('HS256 secret must be at least 32 bytes (got 5)');
    await expect(bad({})).rejects.toThrow('exactly one of hs256Secret, publicKeyPem, jwksUrl (got none)');
    await expect(bad({ hs256Secret: HS_SECRET, jwksUrl: 'https://idp.example/jwks' })).rejects.toThrow(
      '(got hs256Secret, jwksUrl)',
    );
    await expect(bad({ jwksUrl: 'http://idp.example/jwks' })).rejects.toThrow('jwksUrl must use https');
    await expect(bad({ jwksUrl: 'not a url' })).rejects.toThrow('jwksUrl is not a valid URL');
    await expect(bad({ publicKeyPem: 'nope', publicKeyAlg: 'RS256' })).rejects.toThrow(
      'publicKeyPem is not an SPKI PEM',
    );
    await expect(bad({ publicKeyPem: 'nope' })).rejects.toThrow('publicKeyAlg must be RS256 or ES256');
    await expect(bad({ hs256Secret: HS_SECRET, clockToleranceSec: -1 })).rejects.toThrow('clockToleranceSec');
    await expect(bad({ hs256Secret: HS_SECRET, roleClaim: '' })).rejects.toThrow('roleClaim');
    await expect(bad({ hs256Secret: HS_SECRET, issuer: '' })).rejects.toThrow('issuer');
  });

  it('rejects a public key that does not fit the configured algorithm', async () => {
    const { publicKey } = await generateKeyPair('RS256');
    await expect(
      createAuthenticator(
        options({ jwt: { ...jwtDefaults, publicKeyPem: await exportSPKI(publicKey), publicKeyAlg: 'ES256' } }),
      ),
    ).rejects.toThrow('usable with ES256');
  });
});

describe.each(['RS256', 'ES256'] as const)('JWT with an %s public key (SPKI PEM)', (alg) => {
  let auth: Authenticator;
  let privateKey: CryptoKey;
  let otherPrivateKey: CryptoKey;
  beforeAll(async () => {
    const pair = await generateKeyPair(alg);
    privateKey = pair.privateKey;
    otherPrivateKey = (await generateKeyPair(alg)).privateKey;
    auth = await createAuthenticator(
      options({ jwt: { ...jwtDefaults, publicKeyPem: await exportSPKI(pair.publicKey), publicKeyAlg: alg } }),
    );
  });
  const sign = (key: CryptoKey, claims: JWTPayload = { sub: 'carol', role: 'editor' }) =>
    new SignJWT(claims).setProtectedHeader({ alg }).setExpirationTime('5m').sign(key);
  const bearer = async (token: Promise<string>) => auth.authenticate({ authorization: `Bearer ${await token}` });

  it('accepts a token signed with the matching private key', async () => {
    expect(await bearer(sign(privateKey))).toEqual({ id: 'jwt:carol', role: 'editor', via: 'jwt' });
  });

  it('refuses a token signed by another key', async () => {
    await expectUnauthenticated(bearer(sign(otherPrivateKey)), 'token signature is invalid');
  });

  it('refuses HS256 tokens (no algorithm confusion) and alg none', async () => {
    await expectUnauthenticated(
      bearer(hs256({ sub: 'm', role: 'admin' })),
      `token algorithm "HS256" is not allowed (accepted: ${alg})`,
    );
    const unsigned = `${b64url({ alg: 'none' })}.${b64url({ sub: 'm', role: 'admin', exp: now() + 60 })}.`;
    await expectUnauthenticated(bearer(Promise.resolve(unsigned)), 'token algorithm "none" is not allowed');
  });
});

describe('JWT with a JWKS URL', () => {
  let server: http.Server;
  let jwksUrl: string;
  let rsKey: CryptoKey;
  let esKey: CryptoKey;
  let strangerKey: CryptoKey;
  let requests = 0;

  beforeAll(async () => {
    const rs = await generateKeyPair('RS256');
    const es = await generateKeyPair('ES256');
    rsKey = rs.privateKey;
    esKey = es.privateKey;
    strangerKey = (await generateKeyPair('RS256')).privateKey;
    const keys = [
      { ...(await exportJWK(rs.publicKey)), kid: 'rs-1', alg: 'RS256', use: 'sig' },
      { ...(await exportJWK(es.publicKey)), kid: 'es-1', alg: 'ES256', use: 'sig' },
    ];
    server = http.createServer((req, res) => {
      requests += 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
  });

  const sign = (key: CryptoKey, alg: string, kid: string) =>
    new SignJWT({ sub: 'dave', role: 'admin' }).setProtectedHeader({ alg, kid }).setExpirationTime('5m').sign(key);

  it('accepts RS256 and ES256 tokens whose kid is in the set, and refuses others', async () => {
    const auth = await createAuthenticator(options({ jwt: { ...jwtDefaults, jwksUrl } }));
    const bearer = async (token: Promise<string>) => auth.authenticate({ authorization: `Bearer ${await token}` });
    expect(await bearer(sign(rsKey, 'RS256', 'rs-1'))).toEqual({ id: 'jwt:dave', role: 'admin', via: 'jwt' });
    expect((await bearer(sign(esKey, 'ES256', 'es-1'))).id).toBe('jwt:dave');
    expect(requests).toBeGreaterThanOrEqual(1);
    await expectUnauthenticated(bearer(sign(strangerKey, 'RS256', 'rs-1')), 'token signature is invalid');
    await expectUnauthenticated(bearer(sign(strangerKey, 'RS256', 'unknown-kid')), 'no signing key matches the token');
    await expectUnauthenticated(
      bearer(hs256({ sub: 'm', role: 'admin' })),
      'token algorithm "HS256" is not allowed (accepted: RS256, ES256)',
    );
  });
});

describe('requireRole and requireRead', () => {
  const reader: Principal = { id: 'key:r', role: 'reader', via: 'api-key' };
  const editor: Principal = { id: 'jwt:e', role: 'editor', via: 'jwt' };
  const admin: Principal = { id: 'key:a', role: 'admin', via: 'api-key' };

  it('orders roles', () => {
    expect(roleAtLeast(admin, 'editor')).toBe(true);
    expect(roleAtLeast(editor, 'editor')).toBe(true);
    expect(roleAtLeast(reader, 'editor')).toBe(false);
  });

  it('asks anonymous callers to authenticate', async () => {
    const err = await refusal(() => requireRole(ANONYMOUS, 'editor'));
    expect(err.extensions.code).toBe('UNAUTHENTICATED');
    expect(err.message).toContain("needs role 'editor'");
  });

  it('forbids a reader from writing, naming the role needed', async () => {
    const err = await refusal(() => requireRole(reader, 'editor'));
    expect(err.extensions.code).toBe('FORBIDDEN');
    expect(err.extensions.requiredRole).toBe('editor');
    expect(err.message).toBe("role 'editor' required; key:r has role 'reader'");
  });

  it('lets editors write and admins do admin-only operations', async () => {
    expect(() => requireRole(editor, 'editor')).not.toThrow();
    expect(() => requireRole(admin, 'editor')).not.toThrow();
    expect(() => requireRole(admin, 'admin')).not.toThrow();
    expect((await refusal(() => requireRole(editor, 'admin'))).extensions.code).toBe('FORBIDDEN');
  });

  it('lets anonymous callers read unless reads require authentication', async () => {
    expect(() => requireRead(ANONYMOUS, false)).not.toThrow();
    expect(() => requireRead(reader, true)).not.toThrow();
    const err = await refusal(() => requireRead(ANONYMOUS, true));
    expect(err.extensions.code).toBe('UNAUTHENTICATED');
    const auth = await createAuthenticator(options({ readsRequireAuth: true }));
    expect(auth.readsRequireAuth).toBe(true);
  });
});
