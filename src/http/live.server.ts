import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationTypeNode, getOperationAST, parse, specifiedRules, validate } from 'graphql';
import type { ExecutionArgs, GraphQLSchema } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { createContext, type ContextDeps, type GraphQLContext } from '../api/context';
import { createErrorMasker } from '../api/error.masker';
import { createQueryLimits } from '../api/query-limits';
import type { AuthHeaders, Authenticator } from '../auth/auth.service';
import { ErrorCode, KhabarError } from '../core/errors';
import { requireRead, type Principal } from '../core/principal';
import type { LiveFeed } from '../model/live.feed';

// Subscriptions over WebSocket (the graphql-transport-ws protocol of graphql-ws) on the HTTP server's
// /graphql. Queries and mutations stay on HTTP, where Apollo's plugins (auth, limits, logs, metrics) run;
// a connection authenticates once, with the credentials HTTP takes as headers sent as connection params.

export interface LiveServerDeps extends ContextDeps {
  schema: GraphQLSchema;
  auth: Authenticator;
  live: LiveFeed;
}

export interface LiveServer {
  /** Apollo's drain hook: closes every socket (1001 Going away) and the WebSocket server. */
  plugin: ApolloServerPlugin<GraphQLContext>;
}

type Params = Record<string, unknown> | undefined;

/** `{ "x-api-key": … }` or `{ "authorization": "Bearer …" }` (any case), as the HTTP headers. */
function headersFrom(params: Params): AuthHeaders {
  const headers: AuthHeaders = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (typeof value !== 'string') continue;
    const lower = name.toLowerCase();
    if (lower === 'authorization') headers.authorization = value;
    if (lower === 'x-api-key') headers['x-api-key'] = value;
  }
  return headers;
}

const requestError = (message: string, code: ErrorCode) => new GraphQLError(message, { extensions: { code } });

export function attachLiveServer(httpServer: http.Server, deps: LiveServerDeps): LiveServer {
  const { schema, auth, config, log } = deps;
  const limits = createQueryLimits(config.limits, { suggestions: config.introspection });
  const rules = [...specifiedRules, ...limits.validationRules];
  const mask = createErrorMasker(log);
  const principals = new WeakMap<object, Principal>();
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql' });

  const cleanup = useServer<Record<string, unknown>>(
    {
      schema,
      isProd: config.env === 'production',
      async onConnect(ctx) {
        let principal: Principal;
        try {
          principal = await auth.authenticate(headersFrom(ctx.connectionParams));
          requireRead(principal, auth.readsRequireAuth);
        } catch (err) {
          if (!(err instanceof KhabarError)) throw err;
          // The reason tells the client which credential to send; 4403 is graphql-ws's refusal.
          ctx.extra.socket.close(CloseCode.Forbidden, `${err.code}: ${err.message}`.slice(0, 120));
          return false;
        }
        principals.set(ctx, principal);
        return true;
      },
      onSubscribe(ctx, _id, payload) {
        let document;
        try {
          document = parse(payload.query, limits.parseOptions);
        } catch (err) {
          return [err instanceof GraphQLError ? err : requestError(String(err), ErrorCode.BAD_REQUEST)];
        }
        const errors = validate(schema, document, rules);
        if (errors.length) return [...errors];
        const operation = getOperationAST(document, payload.operationName);
        if (operation && operation.operation !== OperationTypeNode.SUBSCRIPTION) {
          return [
            requestError(
              'only subscriptions are served over WebSocket: send queries and mutations to POST /graphql',
              ErrorCode.BAD_REQUEST,
            ),
          ];
        }
        const args: ExecutionArgs = {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: createContext(deps, principals.get(ctx)),
        };
        return args;
      },
      onNext(_ctx, _id, _payload, _args, result) {
        if (!result.errors?.length) return;
        return { ...result, errors: result.errors.map((e) => mask(e.toJSON(), e)) };
      },
    },
    wss,
  );

  return {
    plugin: {
      serverWillStart() {
        return Promise.resolve({
          async drainServer() {
            await cleanup.dispose();
          },
        });
      },
    },
  };
}
