import path from 'node:path';
import { z } from 'zod';

// The one place that reads process.env. Everything else receives an AppConfig.

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v));

/** A bare origin (scheme, host, optional port; no path), as browsers send it in the Origin header. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: int(0, 65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['pretty', 'json']).optional(),

  NEO4J_URI: optionalString.pipe(
    z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must be a neo4j:// or bolt:// URI')
      .optional(),
  ),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_MAX_POOL_SIZE: int(1, 10_000).default(50),
  NEO4J_MAX_CONNECTION_LIFETIME_MS: int(1000, 86_400_000).default(3_600_000),
  NEO4J_CONNECTION_ACQUISITION_TIMEOUT_MS: int(100, 600_000).default(5000),
  NEO4J_BOOKMARK_WAIT_MS: int(100, 600_000).default(5000),

  LOCAL_NEO4J_DATA_DIR: z.string().min(1).default('data/neo4j'),
  LOCAL_NEO4J_PORT: int(1, 65535).default(7687),
  LOCAL_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/i, 'like 1g or 768m')
    .default('1g'),
  LOCAL_NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[mg]$/i, 'like 512m')
    .default('512m'),
  LOCAL_NEO4J_START_TIMEOUT_MS: int(1000, 600_000).default(180_000),

  SEED_ON_START: bool.default('true'),
  IDE: z.enum(['graphiql', 'sandbox', 'none']).optional(),
  INTROSPECTION: bool.optional(),

  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v, ctx) => {
      const origins = v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean);
      for (const o of origins) {
        if (!isOrigin(o)) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            message: `'${o}' is not an origin like https://example.org:8443`,
          });
        }
      }
      return origins;
    }),
  TRUST_PROXY: int(0, 10).default(0),
  REQUEST_TIMEOUT_MS: int(100, 600_000).default(10_000),
  RATE_LIMIT_PER_MINUTE: int(0, 1_000_000).default(600),
  IDEMPOTENCY_TTL_HOURS: int(1, 24 * 30).default(24),
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalString.pipe(
    z.string().url('must be a URL like http://collector:4318').optional(),
  ),
  OTEL_SERVICE_NAME: z.string().min(1).default('khabar'),

  MAX_QUERY_DEPTH: int(1, 50).default(10),
  MAX_ALIASES: int(1, 200).default(30),
  MAX_QUERY_COST: int(10, 1_000_000).default(5000),
  MAX_QUERY_WORK: int(10, 100_000_000).default(50_000),
  MAX_HEAVY_QUERIES: int(1, 1000).default(2),
  MAX_PAGE_SIZE: int(1, 1000).default(100),
  MAX_NEIGHBORHOOD_NODES: int(1, 5000).default(500),
  MAX_STRING_LENGTH: int(10, 100_000).default(500),
  MAX_TEXT_LENGTH: int(100, 2_000_000).default(200_000),

  AUTH_API_KEYS: z.string().default(''),
  AUTH_READS_REQUIRE_AUTH: bool.default('false'),
  AUTH_JWT_HS256_SECRET: optionalString,
  AUTH_JWT_PUBLIC_KEY_PEM: optionalString,
  AUTH_JWT_PUBLIC_KEY_ALG: z.enum(['RS256', 'ES256']).optional(),
  AUTH_JWT_JWKS_URL: optionalString.pipe(z.string().url('must be a URL').optional()),
  AUTH_JWT_ISSUER: optionalString,
  AUTH_JWT_AUDIENCE: optionalString,
  AUTH_JWT_ROLE_CLAIM: z.string().min(1).default('role'),
  AUTH_JWT_CLOCK_TOLERANCE_SEC: int(0, 300).default(5),
});

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** pretty (readable lines) in development, json (one object per line) otherwise. */
  logFormat: 'pretty' | 'json';
  /**
   * The IDE at /graphql for a browser: GraphiQL (served by khabar itself, works offline), Apollo Sandbox
   * (loaded from Apollo's CDN), or none. /graphiql serves GraphiQL unless this is 'none'.
   */
  ide: 'graphiql' | 'sandbox' | 'none';
  /** Schema introspection and "Did you mean …?" field suggestions (off by default in production). */
  introspection: boolean;
  http: {
    /** Origins allowed to call khabar from a browser (CORS); empty: same origin only. */
    corsOrigins: string[];
    /** Proxy hops in front of khabar whose X-Forwarded-For is trusted for the client address (0: none). */
    trustProxy: number;
    /** Time a GraphQL request or export may take; its Neo4j transactions are cancelled after it. */
    requestTimeoutMs: number;
    /** Requests per minute per credential (or per client address when anonymous); 0 turns the limit off. */
    rateLimitPerMinute: number;
    /** How long a mutation's Idempotency-Key and its stored response are kept. */
    idempotencyTtlHours: number;
  };
  tracing: {
    /** OTLP/HTTP collector base URL (http://collector:4318); tracing is off when unset. */
    otlpEndpoint: string | undefined;
    serviceName: string;
  };
  seedOnStart: boolean;
  neo4j: {
    /** Set when an external Neo4j is used; undefined means "start the embedded local one". */
    uri: string | undefined;
    user: string;
    password: string;
    /** The database every session names (one per deployment; several deployments may share a DBMS). */
    database: string;
    /** The driver's pool, per Neo4j server it talks to. */
    pool: {
      maxSize: number;
      /** A connection older than this is closed rather than reused (below any idle cut-off in between). */
      maxLifetimeMs: number;
      /** How long a transaction waits for a free connection (the server caps it at the request timeout). */
      acquisitionTimeoutMs: number;
    };
    /** How long a request carrying a bookmark waits for Neo4j to reach it before it answers 503. */
    bookmarkWaitMs: number;
  };
  localNeo4j: {
    dataDir: string;
    port: number;
    heap: string;
    pagecache: string;
    startTimeoutMs: number;
  };
  auth: AuthOptions;
  limits: {
    maxDepth: number;
    maxAliases: number;
    maxCost: number;
    /** Estimated items a query produces: pages × their selections, chart buckets × series, nodes × depth. */
    maxWork: number;
    /** Heavy queries (work of 1,000 or more) running at once; more wait for a turn. */
    maxHeavy: number;
    maxPageSize: number;
    maxNeighborhoodNodes: number;
    /** Characters in a string argument: names, aliases, filters (ids have a fixed 200). */
    maxStringLength: number;
    /** Characters in a prose argument: an article's text, a claim, a description, an excerpt, a quote. */
    maxTextLength: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates an environment (process.env by default) and returns the typed configuration. */
export function loadConfig(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): AppConfig {
  const parsed = envSchema.safeParse(env);
  // SANDBOX=true used to pick Apollo Sandbox; silently ignoring it would surprise whoever still sets it.
  const retired = env.SANDBOX === undefined ? [] : ['SANDBOX: replaced by IDE=sandbox|graphiql|none'];
  if (!parsed.success || retired.length) {
    const issues = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError([...issues, ...retired]);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT ?? (e.NODE_ENV === 'development' ? 'pretty' : 'json'),
    ide: e.IDE ?? (production ? 'none' : 'graphiql'),
    introspection: e.INTROSPECTION ?? !production,
    http: {
      corsOrigins: e.CORS_ORIGINS,
      trustProxy: e.TRUST_PROXY,
      requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
      idempotencyTtlHours: e.IDEMPOTENCY_TTL_HOURS,
    },
    tracing: { otlpEndpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT, serviceName: e.OTEL_SERVICE_NAME },
    seedOnStart: e.SEED_ON_START,
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      pool: {
        maxSize: e.NEO4J_MAX_POOL_SIZE,
        maxLifetimeMs: e.NEO4J_MAX_CONNECTION_LIFETIME_MS,
        acquisitionTimeoutMs: e.NEO4J_CONNECTION_ACQUISITION_TIMEOUT_MS,
      },
      bookmarkWaitMs: e.NEO4J_BOOKMARK_WAIT_MS,
    },
    localNeo4j: {
      dataDir: path.resolve(cwd, e.LOCAL_NEO4J_DATA_DIR),
      port: e.LOCAL_NEO4J_PORT,
      heap: e.LOCAL_NEO4J_HEAP,
      pagecache: e.LOCAL_NEO4J_PAGECACHE,
      startTimeoutMs: e.LOCAL_NEO4J_START_TIMEOUT_MS,
    },
    auth: {
      // Entries are "name:role:sha256hex", separated by commas or white space.
      apiKeys: e.AUTH_API_KEYS.split(/[\s,]+/).filter(Boolean),
      readsRequireAuth: e.AUTH_READS_REQUIRE_AUTH,
      jwt:
        e.AUTH_JWT_HS256_SECRET || e.AUTH_JWT_PUBLIC_KEY_PEM || e.AUTH_JWT_JWKS_URL
          ? {
              hs256Secret: e.AUTH_JWT_HS256_SECRET,
              // PEM keys arrive in one env line with literal \n separators.
              publicKeyPem: e.AUTH_JWT_PUBLIC_KEY_PEM?.replace(/\\n/g, '\n'),
              publicKeyAlg: e.AUTH_JWT_PUBLIC_KEY_ALG,
              jwksUrl: e.AUTH_JWT_JWKS_URL,
              issuer: e.AUTH_JWT_ISSUER,
              audience: e.AUTH_JWT_AUDIENCE,
              roleClaim: e.AUTH_JWT_ROLE_CLAIM,
              clockToleranceSec: e.AUTH_JWT_CLOCK_TOLERANCE_SEC,
            }
          : undefined,
    },
    limits: {
      maxDepth: e.MAX_QUERY_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxCost: e.MAX_QUERY_COST,
      maxWork: e.MAX_QUERY_WORK,
      maxHeavy: e.MAX_HEAVY_QUERIES,
      maxPageSize: e.MAX_PAGE_SIZE,
      maxNeighborhoodNodes: e.MAX_NEIGHBORHOOD_NODES,
      maxStringLength: e.MAX_STRING_LENGTH,
      maxTextLength: e.MAX_TEXT_LENGTH,
    },
  };
}

/** Names of every environment variable the config module reads (docs and tests compare against it). */
export const CONFIG_ENV_NAMES = Object.keys(envSchema.shape) as (keyof typeof envSchema.shape)[];

export interface JwtOptions {
  /** Exactly one of hs256Secret, publicKeyPem (with publicKeyAlg) or jwksUrl. */
  hs256Secret?: string;
  /** SPKI PEM (`-----BEGIN PUBLIC KEY-----`). */
  publicKeyPem?: string;
  publicKeyAlg?: 'RS256' | 'ES256';
  /** https (http only for loopback hosts); keys must be RS256 or ES256. */
  jwksUrl?: string;
  /** When set, the `iss` claim must equal it. */
  issuer?: string;
  /** When set, the `aud` claim must contain it. */
  audience?: string;
  /** Name of the claim holding the role, taken literally (namespaced names like `https://x/role` contain dots). */
  roleClaim: string;
  clockToleranceSec: number;
}

export interface AuthOptions {
  /** Entries `name:role:sha256hex`; see api-key.store.ts. */
  apiKeys: string[];
  /** Absent: bearer tokens are refused. */
  jwt?: JwtOptions;
  /** When true, anonymous requests may not read either. */
  readsRequireAuth: boolean;
}
