import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Authenticator } from '../auth/auth.service';
import { ErrorCode } from '../core/errors';
import { sendError } from './http.errors';

// RATE_LIMIT_PER_MINUTE requests per minute (a fixed one-minute window, express-rate-limit's memory store)
// for each caller: the API key's name or the JWT's subject when a credential is accepted, else the client
// address. GraphQL and the exports draw on the same allowance. Over it: 429 with Retry-After and the
// RateLimit headers, in the usual error body.

/** Authenticates each request once, however many layers ask (rate limit, exports, GraphQL context). */
export function authenticateOnce(auth: Authenticator): Authenticator {
  const seen = new WeakMap<object, ReturnType<Authenticator['authenticate']>>();
  return {
    readsRequireAuth: auth.readsRequireAuth,
    authenticate(headers) {
      let principal = seen.get(headers);
      if (!principal) {
        principal = auth.authenticate(headers);
        seen.set(headers, principal);
      }
      return principal;
    },
  };
}

export function rateLimiter(perMinute: number, auth: Authenticator): RequestHandler {
  if (perMinute === 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    async keyGenerator(req) {
      const principal = await auth.authenticate(req.headers).catch(() => undefined);
      // A refused credential names nobody: it counts against the address it came from.
      if (principal && principal.via !== 'anonymous') return principal.id;
      return `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`;
    },
    handler(_req, res) {
      sendError(res, 429, ErrorCode.RATE_LIMITED, `rate limit exceeded: at most ${perMinute} requests per minute`, {
        limit: perMinute,
        retryAfterSec: Number(res.getHeader('retry-after')),
      });
    },
  });
}
