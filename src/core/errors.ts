import { GraphQLError } from 'graphql';

// One error taxonomy: expected errors are KhabarErrors with a stable extensions.code; anything else is
// a fault, masked to clients and logged (api/error.masker.ts).

/** Stable codes clients may rely on (extensions.code). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** HTTP-level refusals, before any GraphQL: a body that is not JSON, too large, the wrong method or type. */
  BAD_REQUEST: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  RATE_LIMITED: 'RATE_LIMITED',
  /** The request ran out of time (REQUEST_TIMEOUT_MS); its Neo4j transactions were cancelled. */
  TIMEOUT: 'TIMEOUT',
  /** Neo4j is unreachable; the answer carries Retry-After. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An expected error: its message and extensions reach the client as they are. */
export class KhabarError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'KhabarError';
  }
}

export const badInput = (field: string, message: string, extra: Record<string, unknown> = {}) =>
  new KhabarError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { field, ...extra });
export const notFound = (what: string, id: string) =>
  new KhabarError(ErrorCode.NOT_FOUND, `${what} '${id}' does not exist`, { id });
export const limitExceeded = (limit: string, max: number, actual?: number) =>
  new KhabarError(
    ErrorCode.LIMIT_EXCEEDED,
    `${limit} limit exceeded: at most ${max}${actual === undefined ? '' : `, got ${actual}`}`,
    { limit, max, ...(actual === undefined ? {} : { actual }) },
  );

/** The HTTP status an expected error answers with, where it is not 200 (GraphQL answers 200 otherwise). */
const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_REQUEST]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.METHOD_NOT_ALLOWED]: 405,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.UNSUPPORTED_MEDIA_TYPE]: 415,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  // A gateway timeout: khabar did not get Neo4j's answer in time (REQUEST_TIMEOUT_MS).
  [ErrorCode.TIMEOUT]: 504,
};

export function httpStatusOf(code: ErrorCode): number | undefined {
  return HTTP_STATUS[code];
}
