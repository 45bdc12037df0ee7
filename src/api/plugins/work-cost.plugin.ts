import type { ApolloServerPlugin } from '@apollo/server';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { OperationTypeNode, type DocumentNode, type GraphQLSchema } from 'graphql';
import { ErrorCode, KhabarError } from '../../core/errors';
import { MAX_BUCKETS, MAX_ROWS, MAX_SERIES } from '../../read/dashboard/dashboard.query';
import type { GraphQLContext } from '../context';

// The work a query asks for, estimated from its arguments before anything runs: graphql-armor's cost
// limit counts the fields of a document, so a one-line chart of ten years by day with a hundred series
// costs it as little as a one-month chart. Here a page costs its size times what each item selects, a
// chart its buckets times its series, a neighbourhood its nodes times its depth. Over `maxWork` the query is
// refused (400, LIMIT_EXCEEDED, limit "work") with the estimate, so one caller cannot tie up Neo4j with a
// handful of huge requests. Below the limit, a heavy query (HEAVY_WORK or more) waits for one of
// `maxHeavy` slots before it runs, so a burst of heavy queries takes turns while small reads go straight
// through (`npm run bench:fairness`).

const DAY_MS = 86_400_000;
const DAYS_PER_BUCKET: Record<string, number> = { DAY: 1, WEEK: 7, MONTH: 30, YEAR: 365 };
/** From here a query counts as heavy: a page of 100 items with a few nested fields, a 3-hop neighbourhood. */
const HEAVY_WORK = 1000;
/** The page size a connection answers when neither first nor last is given. */
const DEFAULT_PAGE = 20;
/** figureSeries has no series limit: a dashboard's metrics for one place give a few dozen. */
const FIGURE_SERIES_GUESS = 20;

/**
 * A numeric argument, within the range its field accepts: a value out of range is refused by the field
 * itself, naming that limit, so here it only must not be taken at face value.
 */
const arg = (v: unknown, fallback: number, max: number) =>
  Math.min(max, typeof v === 'number' && Number.isFinite(v) ? Math.max(1, v) : fallback);

function days(from: unknown, to: unknown): number {
  const ms = Date.parse(String(to)) - Date.parse(String(from));
  return Number.isFinite(ms) ? Math.max(1, Math.floor(ms / DAY_MS) + 1) : 1;
}

interface Limits {
  maxPageSize: number;
  maxNeighborhoodNodes: number;
}

type RootWork = (args: Record<string, unknown>, child: number, limits: Limits) => number;

/** Per root field: what one call costs, from its arguments and what each returned item selects. */
const ROOT_WORK: Record<string, RootWork> = {
  eventsOverTime: (a, child) => {
    const buckets = Math.ceil(days(a.from, a.to) / (DAYS_PER_BUCKET[String(a.granularity)] ?? 1));
    return Math.min(buckets, MAX_BUCKETS) * arg(a.limit, 20, MAX_SERIES) + child;
  },
  figureSeries: (_a, child) => FIGURE_SERIES_GUESS * (1 + child),
  neighborhood: (a, child, l) => arg(a.limit, 100, l.maxNeighborhoodNodes) * arg(a.depth, 1, 3) + child,
  paths: (a, child) => Math.ceil(arg(a.budget, 20_000, 200_000) / 100) + arg(a.limit, 10, 50) * (1 + child),
  topActors: (a, child) => arg(a.limit, 10, MAX_ROWS) * (1 + child),
  claimStances: (a, child) => arg(a.limit, 20, MAX_ROWS) * (1 + child),
  timeline: (a, child, l) => arg(a.limit, 100, 5 * l.maxPageSize) * (1 + child),
  articles: (a, child) => arg(a.limit, 50, 1000) * (1 + child),
};

/** Lists inside an object that take a limit answer at most this many (1 to 200). */
const NESTED_LIMIT_MAX = 200;

const workEstimator =
  (limits: Limits): ComplexityEstimator =>
  ({ type, field, args, childComplexity }) => {
    const root = type.name === 'Query' ? ROOT_WORK[field.name] : undefined;
    if (root) return root(args, childComplexity, limits);
    const names = new Set(field.args.map((a) => a.name));
    // A connection: its page times what each edge selects.
    if (names.has('first')) {
      const page: unknown = args.first === undefined ? args.last : args.first;
      return arg(page, DEFAULT_PAGE, limits.maxPageSize) * (1 + childComplexity);
    }
    if (names.has('limit')) {
      const fallback = Number(field.args.find((a) => a.name === 'limit')?.defaultValue ?? DEFAULT_PAGE);
      return arg(args.limit, fallback, NESTED_LIMIT_MAX) * (1 + childComplexity);
    }
    return undefined;
  };

/** The work of one operation of `document`; throws when its arguments do not coerce. */
export function estimateWork(
  schema: GraphQLSchema,
  document: DocumentNode,
  options: Limits & { variables?: Record<string, unknown>; operationName?: string },
): number {
  const { variables = {}, operationName, ...limits } = options;
  return getComplexity({
    schema,
    query: document,
    variables,
    ...(operationName ? { operationName } : {}),
    estimators: [workEstimator(limits), simpleEstimator({ defaultComplexity: 1 })],
  });
}

/** At most `size` holders at once; the others wait in arrival order, or until their signal aborts. */
class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(size: number) {
    this.free = size;
  }

  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    if (this.free > 0) {
      this.free--;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = () => {
        this.waiting.splice(this.waiting.indexOf(grant), 1);
        reject(signal!.reason as Error);
      };
      this.waiting.push(grant);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}

export interface WorkCostOptions extends Limits {
  maxWork: number;
  /** Heavy queries running at once (MAX_HEAVY_QUERIES). */
  maxHeavy: number;
  /** The request's cancellation (its deadline): a heavy query stops waiting for a slot then. */
  signal?: () => AbortSignal | undefined;
}

export function createWorkCostPlugin(options: WorkCostOptions): ApolloServerPlugin<GraphQLContext> {
  const { maxWork, maxHeavy, signal, ...limits } = options;
  const heavy = new Slots(maxHeavy);
  return {
    requestDidStart() {
      let holding = false;
      return Promise.resolve({
        willSendResponse() {
          if (holding) heavy.release();
          holding = false;
          return Promise.resolve();
        },
        async didResolveOperation({ request, document, schema, operation }) {
          let work: number;
          try {
            work = estimateWork(schema, document, {
              ...limits,
              variables: request.variables ?? {},
              ...(request.operationName ? { operationName: request.operationName } : {}),
            });
          } catch {
            // Arguments that do not coerce are refused by execution, with graphql-js's own message.
            return;
          }
          if (work > maxWork) {
            throw new KhabarError(
              ErrorCode.LIMIT_EXCEEDED,
              `Work limit of ${maxWork} exceeded: this query asks for about ${Math.round(work)} (pages × ` +
                'what each item selects, chart buckets × series, neighbourhood nodes × depth); ask for less.',
              { limit: 'work', max: maxWork, actual: Math.round(work), http: { status: 400 } },
            );
          }
          // Subscriptions are long-lived and do not run here; mutations take their own locks.
          if (work >= HEAVY_WORK && operation?.operation === OperationTypeNode.QUERY) {
            await heavy.acquire(signal?.());
            holding = true;
          }
        },
      });
    },
  };
}
