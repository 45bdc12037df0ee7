import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerOptions, type BaseContext, type ContextFunction } from '@apollo/server';
import { expressMiddleware, type ExpressContextFunctionArgument } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { RunningTarget } from './target';

/** A ready schema (@neo4j/graphql builds one), or SDL and resolvers for Apollo to assemble. */
export type SchemaDefinition<C extends BaseContext> =
  | { schema: GraphQLSchema }
  | { typeDefs: string; resolvers: Extract<ApolloServerOptions<C>, { typeDefs: unknown }>['resolvers'] };

// The HTTP stack of the two comparison servers: the same one khabar uses (Express 5, Apollo Server 5's
// express integration, a JSON body parser with khabar's size limit), so that the HTTP layer is not
// what differs between the targets. Each listens on a free port chosen by the OS, on loopback only.

export async function serveApollo<C extends BaseContext>(
  definition: SchemaDefinition<C>,
  context: ContextFunction<[ExpressContextFunctionArgument], C>,
  onStop: () => Promise<void>,
): Promise<RunningTarget> {
  const app = express();
  const httpServer = http.createServer(app);
  const common = {
    allowBatchedHttpRequests: false,
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  };
  const apollo =
    'schema' in definition
      ? new ApolloServer<C>({ ...common, schema: definition.schema })
      : new ApolloServer<C>({ ...common, typeDefs: definition.typeDefs, resolvers: definition.resolvers });
  await apollo.start();
  app.use('/graphql', express.json({ limit: '2mb' }), expressMiddleware(apollo, { context }));
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(0, '127.0.0.1', resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      await apollo.stop();
      await onStop();
    },
  };
}
