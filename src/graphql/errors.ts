import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../logging/logger';

/** Stable codes clients may rely on (extensions.code). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An expected error: its message and extensions reach the client as they are. */
export class KhabarError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
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

/** Codes produced by graphql-js and Apollo themselves for bad requests; these are not internal faults. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * Apollo formatError: expected errors pass through; anything else (a driver error, a bug) is logged
 * with its detail and reaches the client only as "Internal server error".
 */
export function createErrorMasker(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof KhabarError) return formatted;
    const code = formatted.extensions?.code;
    // graphql-armor rejects in validation: "Syntax Error: Query depth limit of 10 exceeded, found 12."
    const limit =
      code === 'GRAPHQL_VALIDATION_FAILED'
        ? /^(?:Syntax Error: )?(.+?) limit of (\d+) exceeded/.exec(formatted.message)
        : null;
    if (limit) {
      return {
        ...formatted,
        message: formatted.message.replace(/^Syntax Error: /, ''),
        extensions: {
          ...formatted.extensions,
          code: ErrorCode.LIMIT_EXCEEDED,
          limit: limit[1]!.toLowerCase(),
          max: Number(limit[2]),
        },
      };
    }
    if (
      original instanceof GraphQLError &&
      typeof code === 'string' &&
      (REQUEST_ERROR_CODES.has(code) || Object.values(ErrorCode).includes(code as ErrorCode))
    ) {
      return formatted;
    }
    // graphql-armor and validation rules raise GraphQLErrors without an originalError.
    if (original instanceof GraphQLError && !original.originalError && code === undefined) return formatted;
    log.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL request');
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
