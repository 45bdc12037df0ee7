import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { AppConfig } from '../core/config';
import { createRequestContext, type GraphQLContext } from '../api/context';
import { createAuthPlugin } from '../api/plugins/auth.plugin';
import { createRequestLogPlugin } from '../api/plugins/request-log.plugin';
import type { Authenticator } from '../auth/auth.service';
import { createErrorMasker } from '../api/error.masker';
import { createQueryLimits } from '../api/query-limits';
import type { Logger } from '../core/logger';
import type { Database } from '../db/database';
import { registerExplorerRoutes } from './explorer.routes';
import { registerExportRoutes } from './export.routes';

export interface ServerDeps {
  config: AppConfig;
  log: Logger;
  db: Database;
  schema: GraphQLSchema;
  auth: Authenticator;
}

export interface RunningServer {
  url: string;
  port: number;
  apollo: ApolloServer<GraphQLContext>;
  stop(): Promise<void>;
}

export function createApollo(deps: Omit<ServerDeps, 'auth'>, httpServer?: http.Server): ApolloServer<GraphQLContext> {
  const { config, log, schema } = deps;
  const limits = createQueryLimits(config.limits);
  return new ApolloServer<GraphQLContext>({
    schema,
    validationRules: limits.validationRules,
    allowBatchedHttpRequests: false,
    introspection: true,
    // main.ts owns SIGINT/SIGTERM so that Neo4j is stopped after the HTTP server, in order.
    stopOnTerminationSignals: false,
    formatError: createErrorMasker(log),
    includeStacktraceInErrorResponses: false,
    plugins: [
      createAuthPlugin(),
      createRequestLogPlugin(log),
      ...limits.plugins,
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
      config.sandbox
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })
        : ApolloServerPluginLandingPageProductionDefault({ footer: false }),
    ],
  });
}

/** Express app with GraphQL at /graphql and a health check at /health. */
export async function startHttpServer(deps: ServerDeps): Promise<RunningServer> {
  const { config, log, db } = deps;
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = createApollo(deps, httpServer);
  await apollo.start();

  app.get('/health', async (_req, res) => {
    try {
      await db.driver.verifyConnectivity({ database: db.database });
      res.json({ status: 'ok', neo4j: 'up' });
    } catch (err) {
      log.warn({ err }, 'health check: neo4j unreachable');
      res.status(503).json({ status: 'degraded', neo4j: 'down' });
    }
  });
  app.get('/', (_req, res) => res.redirect('/graphql'));
  registerExportRoutes(app, deps);
  registerExplorerRoutes(app);
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, { context: async ({ req }) => createRequestContext(deps, deps.auth, req.headers) }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const addr = httpServer.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `http://${shownHost}:${port}/graphql`,
    port,
    apollo,
    async stop() {
      await apollo.stop();
    },
  };
}
