import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { OperationTypeNode, type FormattedExecutionResult } from 'graphql';
import { ErrorCode, KhabarError, badInput } from '../../core/errors';
import type { Logger } from '../../core/logger';
import type { Database } from '../../db/database';
import { IdempotencyStore, type IdempotencyClaim } from '../../engine/write/idempotency.store';
import type { GraphQLContext } from '../context';

// Safe retries: a mutation sent with an Idempotency-Key header runs once per key. The same key with the same
// input (operation, variables and caller) answers the first response again without writing; the same key
// with another input is refused. Keys live in Neo4j (engine/write/idempotency.store.ts), so they hold across
// restarts and replicas; they expire after IDEMPOTENCY_TTL_HOURS.

const IDEMPOTENCY_HEADER = 'idempotency-key';
/** Set on an answer replayed from a stored key. */
const REPLAYED_HEADER = 'idempotent-replayed';

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/** Codes of failures that are the server's, not the request's: the key is given up so a retry runs again. */
const RETRYABLE = new Set<unknown>([ErrorCode.INTERNAL_SERVER_ERROR, ErrorCode.TIMEOUT, ErrorCode.SERVICE_UNAVAILABLE]);

export interface IdempotencyOptions {
  db: Database;
  ttlHours: number;
  log: Logger;
  /** How often expired keys are deleted (a batch each time). */
  cleanupEveryMs?: number;
}

/** Nesting no input of the schema comes near; the variables are hashed before GraphQL has checked them. */
const MAX_NESTING = 64;

/** JSON with object keys sorted, so that `{a, b}` and `{b, a}` hash alike. */
function canonical(value: unknown, depth = 0): string {
  if (depth > MAX_NESTING) {
    throw badInput('variables', `nested more than ${MAX_NESTING} levels deep`, { http: { status: 400 } });
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonical(v, depth + 1)).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v, depth + 1)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The key as sent: a token of visible ASCII, or the same as a quoted structured-field string. */
function parseKey(raw: string): string {
  const key = /^"(.*)"$/.exec(raw.trim())?.[1] ?? raw.trim();
  if (!KEY_PATTERN.test(key)) {
    throw badInput('Idempotency-Key', 'must be 1 to 200 visible ASCII characters (a UUID, for instance)', {
      http: { status: 400 },
    });
  }
  return key;
}

function errorResponse(status: number, error: KhabarError): GraphQLResponse {
  const { http: _http, ...extensions } = error.extensions;
  return {
    http: { status, headers: new HeaderMap() },
    body: { kind: 'single', singleResult: { errors: [{ message: error.message, extensions }] } },
  };
}

interface Stored {
  status: number;
  result: FormattedExecutionResult;
}

export function createIdempotencyPlugin(options: IdempotencyOptions): ApolloServerPlugin<GraphQLContext> {
  const { ttlHours, log } = options;
  const store = new IdempotencyStore(options.db);
  const cleanup = () =>
    store.deleteExpired().then(
      (deleted) => deleted && log.info({ deleted }, 'expired idempotency keys deleted'),
      (err: unknown) => log.warn({ err }, 'could not delete expired idempotency keys'),
    );
  return {
    serverWillStart() {
      const timer = setInterval(() => void cleanup(), options.cleanupEveryMs ?? 3_600_000);
      timer.unref();
      return Promise.resolve({
        serverWillStop() {
          clearInterval(timer);
          return Promise.resolve();
        },
      });
    },
    requestDidStart({ request }) {
      const raw = request.http?.headers.get(IDEMPOTENCY_HEADER);
      if (raw === undefined) return Promise.resolve();
      let key: string | undefined;
      let claim: Extract<IdempotencyClaim, { kind: 'claimed' }> | undefined;
      return Promise.resolve({
        didResolveOperation({ operation }) {
          // A query is safe to repeat anyway: the header is ignored.
          if (operation?.operation === OperationTypeNode.MUTATION) key = parseKey(raw);
          return Promise.resolve();
        },
        async responseForOperation({ contextValue, request: req }) {
          if (key === undefined) return null;
          const { principal } = contextValue;
          let hash: string;
          try {
            hash = createHash('sha256')
              .update(canonical({ query: req.query, operationName: req.operationName, variables: req.variables }))
              .update(`\n${principal.id}`)
              .digest('hex');
          } catch (err) {
            if (err instanceof KhabarError) return errorResponse(400, err);
            throw err;
          }
          let held: IdempotencyClaim;
          try {
            // Keys are the caller's own: another caller's same key is another key.
            held = await store.claim(`${principal.id}\n${key}`, hash, ttlHours);
          } catch (err) {
            if (err instanceof KhabarError) return errorResponse(200, err);
            log.error({ err }, 'idempotency key could not be claimed');
            return errorResponse(500, new KhabarError(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'));
          }
          if (held.kind === 'claimed') {
            claim = held;
            return null;
          }
          if (held.hash !== hash) {
            // As the IETF draft on the Idempotency-Key header answers a key reused for another request.
            return errorResponse(
              422,
              new KhabarError(
                ErrorCode.CONFLICT,
                `Idempotency-Key '${key}' was used for a different request; use a new key for a new request`,
                { idempotencyKey: key },
              ),
            );
          }
          const stored = JSON.parse(held.response) as Stored;
          return {
            http: { status: stored.status, headers: new HeaderMap([[REPLAYED_HEADER, 'true']]) },
            body: { kind: 'single', singleResult: stored.result },
          };
        },
        async willSendResponse({ response }) {
          if (!claim) return;
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const failed = !body || (body.errors ?? []).some((e) => RETRYABLE.has(e.extensions?.code));
          const stored: Stored | undefined = body && { status: response.http.status ?? 200, result: body };
          try {
            await claim.complete(failed || !stored ? null : JSON.stringify(stored));
          } catch (err) {
            // The mutation's own answer still goes out; a retry with this key would run it again.
            log.warn({ err }, 'the response of a mutation could not be stored under its idempotency key');
          }
        },
      });
    },
  };
}
