import type { ApolloServerPlugin } from '@apollo/server';
import { requireRead, requireRole } from '../../auth/auth.service';
import type { GraphQLContext } from '../context';
import { ErrorCode, KhabarError } from '../errors';

const HTTP_STATUS: Record<string, number> = { [ErrorCode.UNAUTHENTICATED]: 401, [ErrorCode.FORBIDDEN]: 403 };

/** Raises the request's credential refusal, and gates whole operations: reads (when configured) and writes. */
export function createAuthPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          try {
            if (contextValue.authError) throw contextValue.authError;
            if (operation?.operation === 'mutation') requireRole(contextValue.principal, 'editor');
            else requireRead(contextValue.principal, contextValue.config.auth.readsRequireAuth);
          } catch (err) {
            if (err instanceof KhabarError) {
              const code = String(err.extensions.code);
              throw new KhabarError(code as ErrorCode, err.message, {
                ...err.extensions,
                http: { status: HTTP_STATUS[code] ?? 400 },
              });
            }
            throw err;
          }
        },
      };
    },
  };
}
