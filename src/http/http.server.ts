import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import compression from 'compression';
import express, { type RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { AppConfig } from '../core/config';
import { createRequestContext, type GraphQLContext } from '../api/context';
import { createArgumentLimitsPlugin } from '../api/plugins/argument-limits.plugin';
import { createAuthPlugin } from '../api/plugins/auth.plugin';
import { createBookmarkPlugin } from '../api/plugins/bookmark.plugin';
import { createWorkCostPlugin } from '../api/plugins/work-cost.plugin';
import { createSubscriptionTransportPlugin } from '../api/plugins/subscription-transport.plugin';
import { createHttpStatusPlugin } from '../api/plugins/http-status.plugin';
import { createIdempotencyPlugin } from '../api/plugins/idempotency.plugin';
import { createLandingPagePlugin } from '../api/plugins/landing-page.plugin';
import { createMetricsPlugin } from '../api/plugins/metrics.plugin';
import { createRequestLogPlugin } from '../api/plugins/request-log.plugin';
import { createTracingPlugin } from '../api/plugins/tracing.plugin';
import type { Authenticator } from '../auth/auth.service';
import { createErrorMasker } from '../api/error.masker';
import { createQueryLimits } from '../api/query-limits';
import { ErrorCode, KhabarError } from '../core/errors';
import type { Logger } from '../core/logger';
import type { Database } from '../db/database';
import { InProcessLiveFeed, type LiveFeed } from '../model/live.feed';
import { BOOKMARK_HEADER, readYourWrites } from './bookmarks';
import { registerExplorerRoutes } from './explorer.routes';
import { registerExportRoutes } from './export.routes';
import { graphiqlPage, registerGraphiqlRoutes } from './graphiql.routes';
import { registerHealthRoutes } from './health.routes';
import { attachLiveServer } from './live.server';
import {
  UNAVAILABLE_RETRY_AFTER_SEC,
  allowMethods,
  errorHandler,
  notFound,
  requireJsonPost,
  sendError,
} from './http.errors';
import { createNeo4jAvailability, refuseWhileDown, unavailable, type Neo4jAvailability } from './neo4j.availability';
import { authenticateOnce, rateLimiter } from './rate.limiter';
import { currentScope, requestScope, transactionLimits } from './request.scope';
import { corsPolicy, securityHeaders } from './security.headers';
import { ServerMetrics } from './server.metrics';
import { startCypherSpan, traceRequests, traceResolvers, type Tracing } from './server.tracing';

export interface ServerDeps {
  config: AppConfig;
  log: Logger;
  db: Database;
  schema: GraphQLSchema;
  auth: Authenticator;
  /** Created here when not given; startApp shares it with the embedded Neo4j's supervisor. */
  availability?: Neo4jAvailability;
  /** Tracing is off without it. */
  tracing?: Tracing;
  /** Live updates' feed; an in-process one when not given (one API process needs nothing else). */
  live?: LiveFeed;
}

export interface RunningServer {
  url: string;
  port: number;
  apollo: ApolloServer<GraphQLContext>;
  metrics: ServerMetrics;
  /** Where mutations publish live updates and subscriptions listen. */
  live: LiveFeed;
  stop(): Promise<void>;
}

/** What the HTTP server adds to Apollo when there is one (tests run Apollo alone). */
interface ApolloExtras {
  httpServer?: http.Server;
  metrics?: ServerMetrics;
  /** Drains the WebSocket server (subscriptions) when Apollo stops. */
  drain?: ApolloServerPlugin<GraphQLContext>;
}

function landingPage(config: AppConfig): ApolloServerPlugin<GraphQLContext> {
  switch (config.ide) {
    case 'graphiql':
      return createLandingPagePlugin({ html: graphiqlPage() });
    case 'sandbox':
      return ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false });
    case 'none':
      // GET /graphql from a browser is then an ordinary GraphQL request: a JSON error without a query.
      return ApolloServerPluginLandingPageDisabled();
  }
}

export function createApollo(
  deps: Omit<ServerDeps, 'auth'>,
  { httpServer, metrics, drain }: ApolloExtras = {},
): ApolloServer<GraphQLContext> {
  const { config, log, schema } = deps;
  const limits = createQueryLimits(config.limits, { suggestions: config.introspection });
  return new ApolloServer<GraphQLContext>({
    schema,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    allowBatchedHttpRequests: false,
    introspection: config.introspection,
    // main.ts owns SIGINT/SIGTERM so that Neo4j is stopped after the HTTP server, in order.
    stopOnTerminationSignals: false,
    formatError: createErrorMasker(log),
    includeStacktraceInErrorResponses: false,
    plugins: [
      createAuthPlugin(),
      createArgumentLimitsPlugin(config.limits),
      createSubscriptionTransportPlugin({ path: '/graphql' }),
      createWorkCostPlugin({ ...config.limits, signal: () => currentScope()?.signal }),
      createRequestLogPlugin(log),
      createHttpStatusPlugin({ retryAfterSec: UNAVAILABLE_RETRY_AFTER_SEC }),
      // Before the idempotency plugin: the response it stores for a key carries the write's bookmark.
      createBookmarkPlugin({ header: BOOKMARK_HEADER, bookmarks: () => currentScope()?.writeBookmarks }),
      createIdempotencyPlugin({ db: deps.db, ttlHours: config.http.idempotencyTtlHours, log }),
      createTracingPlugin(),
      ...(metrics
        ? [createMetricsPlugin({ record: (s) => metrics.recordOperation(s, currentScope()?.roundTrips) })]
        : []),
      ...limits.plugins,
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
      ...(drain ? [drain] : []),
      landingPage(config),
    ],
  });
}

/** The route groups of the response counter: few and fixed, whatever paths clients ask for. */
function routeOf(path: string): string {
  if (path === '/graphql' || path.startsWith('/graphql/')) return 'graphql';
  if (path.startsWith('/export/')) return 'export';
  if (path.startsWith('/health')) return 'health';
  if (path === '/metrics') return 'metrics';
  if (/^\/(graphiql|explorer)(\/|$)/.test(path)) return 'static';
  return 'other';
}

/**
 * With AUTH_READS_REQUIRE_AUTH, an anonymous GraphQL request is refused before it is even parsed, so that
 * no validation message ("Cannot query field …", "Did you mean …?") tells it what the schema holds.
 */
function refuseAnonymousReads(auth: Authenticator): RequestHandler {
  return async (req, res, next) => {
    if (!auth.readsRequireAuth || (req.method === 'GET' && req.query.query === undefined)) return next();
    try {
      const principal = await auth.authenticate(req.headers);
      if (principal.via !== 'anonymous') return next();
      sendError(res, 401, ErrorCode.UNAUTHENTICATED, 'authentication required: send x-api-key or a bearer token');
    } catch (err) {
      if (!(err instanceof KhabarError)) return next(err);
      sendError(res, 401, err.code, err.message);
    }
  };
}

/** Express app: GraphQL at /graphql, exports, the explorer, GraphiQL, health checks and metrics. */
export async function startHttpServer(deps: ServerDeps): Promise<RunningServer> {
  const { config, log, db, tracing } = deps;
  const auth = authenticateOnce(deps.auth);
  const availability = deps.availability ?? createNeo4jAvailability(db, log);
  const metrics = new ServerMetrics(db, availability);
  if (tracing) traceResolvers(deps.schema);

  db.hooks = {
    observeQuery(name) {
      const scope = currentScope();
      if (scope) scope.roundTrips++;
      const endMetric = metrics.startQuery(name);
      const endSpan = tracing ? startCypherSpan(tracing.tracer, name) : undefined;
      return (error) => {
        endMetric(error);
        endSpan?.(error);
      };
    },
    // A request's transaction stops at its deadline, or as soon as Neo4j is known to be down. (Work outside
    // requests, such as the availability probe applying the schema, has no limits.)
    transactionLimits() {
      const limits = transactionLimits();
      if (!limits) return undefined;
      if (!availability.up) throw unavailable();
      return { ...limits, signal: AbortSignal.any([limits.signal, availability.signal]) };
    },
    transactionFailed(error) {
      if (
        error instanceof KhabarError &&
        error.code === ErrorCode.SERVICE_UNAVAILABLE &&
        !error.extensions.busy &&
        // Neo4j answered, it only had not caught up with a client's bookmark.
        error.extensions.reason !== 'BOOKMARK_NOT_REACHED'
      ) {
        availability.markDown('a query could not reach Neo4j', error);
      }
    },
    clientBookmarks: () => currentScope()?.clientBookmarks,
    writeCommitted(bookmarks) {
      // The last write to commit has the highest transaction id of the database: its bookmark covers the rest.
      const scope = currentScope();
      if (scope && bookmarks.length) scope.writeBookmarks = bookmarks;
    },
  };

  const app = express();
  app.disable('x-powered-by');
  // With TRUST_PROXY hops, req.ip is the client's address from X-Forwarded-For (the rate limit keys on it).
  app.set('trust proxy', config.http.trustProxy || false);
  const httpServer = http.createServer(app);
  const live = deps.live ?? new InProcessLiveFeed();
  const subscriptions = attachLiveServer(httpServer, { config, log, db, live, schema: deps.schema, auth });
  const apollo = createApollo({ ...deps, db }, { httpServer, metrics, drain: subscriptions.plugin });
  await apollo.start();

  app.use((req, res, next) => {
    // Taken now: mounted routers rewrite req.path while they run.
    const route = routeOf(req.path);
    res.once('finish', () => metrics.recordResponse(route, res.statusCode));
    next();
  });
  app.use(compression());
  app.use(securityHeaders(config));
  app.use(corsPolicy(config.http.corsOrigins));

  registerHealthRoutes(app, availability);
  metrics.register(app);
  app.get('/', (_req, res) => res.redirect('/graphql'));
  registerExplorerRoutes(app);
  if (config.ide !== 'none') registerGraphiqlRoutes(app, graphiqlPage());

  const limit = rateLimiter(config.http.rateLimitPerMinute, auth);
  const scoped = requestScope(config.http.requestTimeoutMs);
  const causal = readYourWrites(db, config.neo4j.bookmarkWaitMs);
  const traced: RequestHandler[] = tracing ? [traceRequests(tracing.tracer, 'export')] : [];
  app.use('/export', allowMethods('GET', 'HEAD'), limit, refuseWhileDown(availability), scoped, causal, ...traced);
  registerExportRoutes(app, { db, log, auth });

  const down = refuseWhileDown(availability);
  app.use(
    '/graphql',
    allowMethods('GET', 'POST'),
    limit,
    requireJsonPost(),
    express.json({ limit: '2mb' }),
    refuseAnonymousReads(auth),
    // A browser's GET without an operation is the landing page, which needs no database.
    (req, res, next) => (req.method === 'GET' && req.query.query === undefined ? next() : down(req, res, next)),
    // After the body parser: it resumes the chain from a stream callback, outside any scope opened before.
    scoped,
    causal,
    ...(tracing ? [traceRequests(tracing.tracer, 'graphql')] : []),
    expressMiddleware(apollo, {
      context: async ({ req }) => createRequestContext({ config, log, db, live }, auth, req.headers),
    }),
  );

  app.use(notFound());
  app.use(errorHandler(log));

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
    metrics,
    live,
    async stop() {
      await apollo.stop();
      if (!deps.live) await live.close();
      if (!deps.availability) availability.stop();
    },
  };
}
