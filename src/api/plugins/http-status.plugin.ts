import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, httpStatusOf } from '../../core/errors';
import type { GraphQLContext } from '../context';

/**
 * Errors raised while fields resolve would otherwise answer 200: a request that ran out of time answers
 * 504 (TIMEOUT) and one that could not reach Neo4j 503 (SERVICE_UNAVAILABLE) with Retry-After, so that
 * clients, proxies and monitors see what happened without reading the body.
 */
export function createHttpStatusPlugin(options: { retryAfterSec: number }): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response }) {
          if (response.body.kind !== 'single') return Promise.resolve();
          const codes = new Set((response.body.singleResult.errors ?? []).map((e) => e.extensions?.code));
          const code = codes.has(ErrorCode.TIMEOUT)
            ? ErrorCode.TIMEOUT
            : codes.has(ErrorCode.SERVICE_UNAVAILABLE)
              ? ErrorCode.SERVICE_UNAVAILABLE
              : undefined;
          if (!code) return Promise.resolve();
          response.http.status = httpStatusOf(code);
          if (code === ErrorCode.SERVICE_UNAVAILABLE) {
            response.http.headers.set('retry-after', String(options.retryAfterSec));
          }
          return Promise.resolve();
        },
      });
    },
  };
}
