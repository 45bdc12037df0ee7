import type { AuthHeaders, Authenticator } from '../auth/auth.service';
import type { AppConfig } from '../core/config';
import type { Logger } from '../core/logger';
import { ANONYMOUS, type Principal } from '../core/principal';
import type { Database } from '../db/database';
import { EntityWriter } from '../engine/entity/entity.writer';
import { ArticleWriter } from '../engine/write/article.writer';
import { CorrectionService } from '../engine/write/correction.service';
import { FactService } from '../engine/write/fact.service';
import { NO_LIVE_FEED, type LiveFeed } from '../model/live.feed';
import { AccountRepository } from '../read/account/account.repository';
import { ClaimRepository } from '../read/claim/claim.repository';
import { DashboardRepository } from '../read/dashboard/dashboard.repository';
import { EntityRepository } from '../read/entity/entity.repository';
import { GraphRepository } from '../read/graph/graph.repository';
import { NodeLookup } from '../read/node/node.lookup';
import { ReachRepository } from '../read/live/reach.repository';
import { SourceRepository } from '../read/source/source.repository';
import { LiveUpdates } from './live.updates';

/** The engine's writers, bound to the request's principal (each checks the role again). */
interface Writers {
  entities: EntityWriter;
  facts: FactService;
  articles: ArticleWriter;
  corrections: CorrectionService;
}

/** Per-request context: who is asking, repositories (with per-request DataLoaders), writers, config, logger. */
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
  /** Accounts, disputes, conflicts and change records. */
  accounts: AccountRepository;
  /** node(id:) and nodes(ids:): any object by id, through the repositories' loaders above. */
  nodes: NodeLookup;
  writes: Writers;
  /** Live updates: what mutations publish after their writes commit, and what subscriptions read. */
  live: LiveUpdates;
  /**
   * New repositories (empty DataLoader caches). A subscription keeps one context for its whole life; each
   * event renews it so that the event's fields are read as they are now.
   */
  renew(): void;
}

export interface ContextDeps {
  config: AppConfig;
  log: Logger;
  db: Database;
  /** Where mutations publish; without it they publish nowhere (and subscriptions cannot be served). */
  live?: LiveFeed;
}

function repositories(db: Database) {
  const sources = new SourceRepository(db);
  const entities = new EntityRepository(db, sources);
  const claims = new ClaimRepository(db);
  return {
    entities,
    claims,
    sources,
    graph: new GraphRepository(db),
    dashboard: new DashboardRepository(db),
    accounts: new AccountRepository(db),
    nodes: new NodeLookup(entities, claims, sources),
  };
}

export function createContext(deps: ContextDeps, principal: Principal = ANONYMOUS, authError?: Error): GraphQLContext {
  const { db } = deps;
  return {
    config: deps.config,
    log: deps.log,
    principal,
    authError,
    ...repositories(db),
    live: new LiveUpdates(deps.live ?? NO_LIVE_FEED, new ReachRepository(db), deps.log),
    renew() {
      Object.assign(this, repositories(db));
    },
    writes: {
      entities: new EntityWriter(db, principal),
      facts: new FactService(db, principal),
      articles: new ArticleWriter(db, principal),
      corrections: new CorrectionService(db, principal),
    },
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
    return createContext(deps, ANONYMOUS, err instanceof Error ? err : new Error(String(err)));
  }
}
