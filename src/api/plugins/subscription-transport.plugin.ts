import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { ErrorCode, KhabarError } from '../../core/errors';
import type { GraphQLContext } from '../context';

/**
 * Subscriptions run over WebSocket (graphql-ws, api/live.updates.ts); Apollo's HTTP pipeline would run
 * their resolvers once with no event and fail inside them. Refused before anything runs, with the way in.
 */
export function createSubscriptionTransportPlugin(options: { path: string }): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ operation }) {
          if (operation?.operation === OperationTypeNode.SUBSCRIPTION) {
            throw new KhabarError(
              ErrorCode.BAD_REQUEST,
              `Subscriptions are served over WebSocket (the graphql-ws protocol) at ${options.path}, not over HTTP`,
              { http: { status: 400 } },
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
