import type { AppConfig } from '../config/app.config';
import { ANONYMOUS, type Principal } from '../auth/auth.types';
import type { AuthHeaders, Authenticator } from '../auth/auth.service';
import type { Logger } from '../logging/logger';
import type { Database } from '../neo4j/neo4j.database';
import { EntityRepository } from '../entity/entity.repository';
import { ClaimRepository } from '../claim/claim.repository';
import { SourceRepository } from '../source/source.repository';
import { GraphRepository } from '../graph/graph.repository';
import { DashboardRepository } from '../dashboard/dashboard.repository';
import { WriteService } from '../write/write.service';

/** Per-request context: who is asking, repositories (with per-request DataLoaders), config, logger. */
export interface GraphQLContext {
  config: AppConfig;
  log: Logger;
  principal: Principal;
  /** A credential that was sent but refused; the auth plugin turns it into the response. */
  authError?: Error;
  entities: EntityRepository;
  claims: ClaimRepository;
  sources: SourceRepository;
  graph: GraphRepository;
  dashboard: DashboardRepository;
  writes: WriteService;
}

export interface ContextDeps {
  config: AppConfig;
  log: Logger;
  db: Database;
}

export function createContext(deps: ContextDeps, principal: Principal = ANONYMOUS, authError?: Error): GraphQLContext {
  return {
    config: deps.config,
    log: deps.log,
    principal,
    authError,
    entities: new EntityRepository(deps.db),
    claims: new ClaimRepository(deps.db),
    sources: new SourceRepository(deps.db),
    graph: new GraphRepository(deps.db),
    dashboard: new DashboardRepository(deps.db),
    writes: new WriteService(deps.db, principal),
  };
}

/** Context for an HTTP request: authenticates its headers first (a refusal is kept, not thrown). */
export async function createRequestContext(
  deps: ContextDeps,
  auth: Authenticator,
  headers: AuthHeaders,
): Promise<GraphQLContext> {
  try {
    return createContext(deps, await auth.authenticate(headers));
  } catch (err) {
    return createContext(deps, ANONYMOUS, err as Error);
  }
}
