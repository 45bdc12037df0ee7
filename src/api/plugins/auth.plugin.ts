import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { KhabarError, httpStatusOf } from '../../core/errors';
import { requireRead, requireRole } from '../../core/principal';
import type { GraphQLContext } from '../context';

/** Raises the request's credential refusal, and gates whole operations: reads (when configured) and writes. */
export function createAuthPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ contextValue, operation }) {
          try {
            if (contextValue.authError) throw contextValue.authError;
            if (operation?.operation === OperationTypeNode.MUTATION) requireRole(contextValue.principal, 'editor');
            else requireRead(contextValue.principal, contextValue.config.auth.readsRequireAuth);
          } catch (err) {
            if (!(err instanceof KhabarError)) throw err;
            // Apollo answers with extensions.http.status; 401 and 403 tell HTTP clients what went wrong.
            const status = httpStatusOf(err.code) ?? 400;
            throw new KhabarError(err.code, err.message, { ...err.extensions, http: { status } });
          }
          return Promise.resolve();
        },
      });
    },
  };
}
