import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode, KhabarError } from '../core/errors';
import type { Logger } from '../core/logger';

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
    // Apollo answers a mutation sent over GET with 405 but the code BAD_REQUEST; every 405 says the same.
    const status = (original as { extensions?: { http?: { status?: unknown } } } | null)?.extensions?.http?.status;
    if (code === 'BAD_REQUEST' && status === 405) {
      return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.METHOD_NOT_ALLOWED } };
    }
    // Apollo refuses some requests with a 4xx and no code of its own ("provided sha does not match query"),
    // which it then labels INTERNAL_SERVER_ERROR: the request was wrong, not the server.
    if (code === 'INTERNAL_SERVER_ERROR' && typeof status === 'number' && status >= 400 && status < 500) {
      return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_REQUEST } };
    }
    // graphql-armor rejects in validation: "Syntax Error: Query depth limit of 10 exceeded, found 12."
    const limit =
      code === 'GRAPHQL_VALIDATION_FAILED'
        ? /^(?:Syntax Error: )?(.+?) limit of (\d+) exceeded/.exec(formatted.message)
        : null;
    // graphql-js's parser refuses a token flood as a syntax error (400); it is a limit, and says so.
    const tokens =
      code === 'GRAPHQL_PARSE_FAILED'
        ? /Document contains more (?:than|that) (\d+) tokens/.exec(formatted.message)
        : null;
    if (tokens) {
      return {
        message: `Token limit of ${tokens[1]} exceeded: the document is too long.`,
        extensions: { code: ErrorCode.LIMIT_EXCEEDED, limit: 'tokens', max: Number(tokens[1]) },
      };
    }
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
