import { Neo4jGraphQL } from '@neo4j/graphql';
import { serveApollo } from './apollo.server';
import { openDriver } from './driver';
import { NEO4J_GRAPHQL_TYPEDEFS } from './neo4j-graphql.typedefs';
import type { Neo4jConnection, RunningTarget } from './target';

/** @neo4j/graphql 7 over khabar's stored graph, served by Apollo Server like the other targets. */
export async function startNeo4jGraphqlTarget(conn: Neo4jConnection): Promise<RunningTarget> {
  const driver = await openDriver(conn);
  const schema = await new Neo4jGraphQL({
    typeDefs: NEO4J_GRAPHQL_TYPEDEFS,
    driver,
    // The deprecated duplicates of every filter (name_CONTAINS beside name: { contains }) are left out,
    // as a new project would: a smaller schema, the same queries.
    features: {
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  }).getSchema();
  // The database is named on every request, as khabar does; the library opens a session per root field.
  const context = () => Promise.resolve({ sessionConfig: { database: conn.database } });
  return serveApollo({ schema }, context, () => driver.close());
}
