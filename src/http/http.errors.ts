import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { ErrorCode, KhabarError, httpStatusOf } from '../core/errors';
import type { Logger } from '../core/logger';

// Every refusal khabar's HTTP layer makes, wherever it is made (body parser, method and media type checks,
// rate limit, outage, unknown route, exports), has the body a GraphQL client already knows how to read:
// {"errors":[{"message":…,"extensions":{"code":…}}]}. Never Express's HTML page, never a stack trace.

/** Seconds a client should wait before retrying while Neo4j is unreachable. */
export const UNAVAILABLE_RETRY_AFTER_SEC = 5;

export function sendError(
  res: Response,
  status: number,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  if (status === 503 && !res.getHeader('retry-after'))
    res.setHeader('Retry-After', String(UNAVAILABLE_RETRY_AFTER_SEC));
  res
    .status(status)
    .type('application/json; charset=utf-8')
    .send(JSON.stringify({ errors: [{ message, extensions: { ...extensions, code } }] }));
}

/** A KhabarError as an HTTP answer, with the status its code stands for (400 for a bad parameter). */
export function sendKhabarError(res: Response, err: KhabarError): void {
  const { code: _code, http: _http, ...extensions } = err.extensions;
  sendError(res, httpStatusOf(err.code) ?? 400, err.code, err.message, extensions);
}

/** The body parser's failures (it tags each with a `type`), as the codes clients see. */
const BODY_ERRORS: Record<string, { code: ErrorCode; message: string }> = {
  'entity.parse.failed': { code: ErrorCode.BAD_REQUEST, message: 'the request body is not valid JSON' },
  'entity.too.large': { code: ErrorCode.PAYLOAD_TOO_LARGE, message: 'the request body is too large' },
  'encoding.unsupported': { code: ErrorCode.UNSUPPORTED_MEDIA_TYPE, message: 'unsupported content encoding' },
  'charset.unsupported': { code: ErrorCode.UNSUPPORTED_MEDIA_TYPE, message: 'unsupported charset; send UTF-8' },
  'request.aborted': { code: ErrorCode.BAD_REQUEST, message: 'the request body was cut short' },
  'request.size.invalid': { code: ErrorCode.BAD_REQUEST, message: 'the request body does not match its length' },
};

/** Refuses methods other than `allowed` with 405 and an Allow header. */
export function allowMethods(...allowed: string[]): RequestHandler {
  const allow = allowed.join(', ');
  return (req, res, next) => {
    if (allowed.includes(req.method)) return next();
    res.setHeader('Allow', allow);
    sendError(res, 405, ErrorCode.METHOD_NOT_ALLOWED, `${req.method} is not supported here; use ${allow}`);
  };
}

/** POST bodies must be JSON; anything else (forms, text/plain) is refused before it is parsed. */
export function requireJsonPost(): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'POST' || req.is(['application/json', 'application/graphql-response+json'])) return next();
    const type = req.headers['content-type'];
    sendError(
      res,
      415,
      ErrorCode.UNSUPPORTED_MEDIA_TYPE,
      type ? `content-type ${type.split(';')[0]} is not supported; send application/json` : 'send application/json',
    );
  };
}

export function notFound(): RequestHandler {
  return (req, res) => sendError(res, 404, ErrorCode.NOT_FOUND, `nothing at ${req.method} ${req.path}`);
}

/** Express's last error handler: body parser refusals as 4xx, anything else logged and masked as 500. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) return next(err);
    const type = (err as { type?: unknown } | null)?.type;
    const known = typeof type === 'string' ? BODY_ERRORS[type] : undefined;
    if (known) return sendError(res, httpStatusOf(known.code) ?? 400, known.code, known.message);
    if (err instanceof KhabarError) return sendKhabarError(res, err);
    log.error({ err, path: req.path }, 'unexpected error in HTTP request');
    sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
  };
}
