import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { Logger } from '../../core/logger';
import type { GraphQLContext } from '../context';

/** One log line per operation: name, type, caller, duration, error count. Writes are logged at info. */
export function createRequestLogPlugin(log: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      const started = process.hrtime.bigint();
      return Promise.resolve({
        willSendResponse({ contextValue, operation, operationName, errors }) {
          const kind = operation?.operation ?? 'unknown';
          const line = {
            operation: operationName ?? null,
            kind,
            by: contextValue.principal?.id,
            ms: Number((process.hrtime.bigint() - started) / 1_000_000n),
            errors: errors?.length ?? 0,
          };
          if (kind === OperationTypeNode.MUTATION) log.info(line, 'graphql write');
          else log.debug(line, 'graphql read');
          return Promise.resolve();
        },
      });
    },
  };
}
