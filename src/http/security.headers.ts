import cors from 'cors';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../core/config';

// Response headers that keep browsers safe: helmet's set (no sniffing, no framing by other sites, a
// referrer policy, …) with a Content-Security-Policy under which every page khabar serves loads, all from
// khabar itself; and CORS for the origins in CORS_ORIGINS only.

/** Everything from this server; inline styles only (GraphiQL's editor, the explorer's charts size by style). */
const DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
  // No upgrade-insecure-requests: khabar is often reached over plain http on a LAN, where upgrading every
  // script and stylesheet to https would break each page.
};

export function securityHeaders(config: Pick<AppConfig, 'ide'>): RequestHandler {
  const withPolicy = helmet({ contentSecurityPolicy: { useDefaults: false, directives: DIRECTIVES } });
  const withoutPolicy = helmet({ contentSecurityPolicy: false });
  return (req, res, next) => {
    // Apollo Sandbox is a page from Apollo's CDN; Apollo's landing page carries its own policy (a <meta>
    // with a nonce) naming those hosts, and a second, stricter header would block it.
    const sandboxPage = config.ide === 'sandbox' && req.method === 'GET' && req.path === '/graphql';
    return (sandboxPage ? withoutPolicy : withPolicy)(req, res, next);
  };
}

/** CORS for the allow-listed origins: preflights answered, headers sent; other origins get no CORS headers. */
export function corsPolicy(origins: string[]): RequestHandler {
  const allowed = new Set(origins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: [
      'content-type',
      'accept',
      'authorization',
      'x-api-key',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      'traceparent',
      'khabar-bookmark',
      'idempotency-key',
    ],
    exposedHeaders: [
      'retry-after',
      'idempotent-replayed',
      'content-disposition',
      'ratelimit',
      'ratelimit-policy',
      'khabar-bookmark',
    ],
    maxAge: 600,
  });
}
