import type { ApolloServerPlugin } from '@apollo/server';
import { getOperationAST } from 'graphql';
import type { GraphQLContext } from '../context';

/** One GraphQL operation as metrics see it. */
export interface OperationSample {
  operationName: string | null;
  /** query, mutation or subscription; null when the document never got that far (a syntax error). */
  operationType: string | null;
  /** The first error's extensions.code, or null when the operation had no error. */
  errorCode: string | null;
  durationMs: number;
}

/** Reports every operation, refused ones included, when its response is sent. */
export function createMetricsPlugin(options: {
  record(sample: OperationSample): void;
}): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      const started = performance.now();
      return Promise.resolve({
        willSendResponse({ operation, operationName, request, document, response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const code = errors?.[0]?.extensions?.code;
          // An operation refused in validation has no resolved operation; its document still names it.
          const parsed = operation ?? (document ? getOperationAST(document, request.operationName) : null);
          options.record({
            operationName: operationName ?? parsed?.name?.value ?? request.operationName ?? null,
            operationType: parsed?.operation ?? null,
            errorCode: errors?.length ? (typeof code === 'string' ? code : 'UNKNOWN') : null,
            durationMs: performance.now() - started,
          });
          return Promise.resolve();
        },
      });
    },
  };
}
