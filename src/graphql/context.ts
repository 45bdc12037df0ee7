import type { AppConfig } from '../config/app.config';
import type { Logger } from '../logging/logger';
import type { Database } from '../neo4j/neo4j.database';
import { EntityRepository } from '../entity/entity.repository';
import { ClaimRepository } from '../claim/claim.repository';
import { SourceRepository } from '../source/source.repository';
import { GraphRepository } from '../graph/graph.repository';

/** Per-request context: repositories (with their per-request DataLoaders), config and logger. */
export interface GraphQLContext {
  config: AppConfig;
  log: Logger;
  entities: EntityRepository;
  claims: ClaimRepository;
  sources: SourceRepository;
  graph: GraphRepository;
}

export interface ContextDeps {
  config: AppConfig;
  log: Logger;
  db: Database;
}

export function createContext(deps: ContextDeps): GraphQLContext {
  return {
    config: deps.config,
    log: deps.log,
    entities: new EntityRepository(deps.db),
    claims: new ClaimRepository(deps.db),
    sources: new SourceRepository(deps.db),
    graph: new GraphRepository(deps.db),
  };
}
