import type { Database } from '../../db/database';

// Idempotency keys in Neo4j, so that they hold across restarts and replicas. A key is claimed in a write
// transaction that stays open while the mutation runs and stores the mutation's response before it commits:
// a concurrent request with the same key waits on the key's lock and then replays the stored response, and
// a mutation that failed for reasons of the server gives the key up (the transaction rolls back), so that
// the client's retry runs it again.

/** What a key held when a request asked for it. */
export type IdempotencyClaim =
  | {
      kind: 'claimed';
      /**
       * Ends the claim: stores `response` under the key and commits, or, with null, gives the key up.
       * Resolves once the key's transaction has ended.
       */
      complete(response: string | null): Promise<void>;
    }
  /** An earlier request with this key finished: its input hash and its response. */
  | { kind: 'stored'; hash: string; response: string };

/** Thrown inside the claiming transaction to roll it back. */
class GiveUp extends Error {}

export class IdempotencyStore {
  constructor(private readonly db: Database) {}

  /** Claims `key` for a request whose input hashes to `hash`, or returns what the key already holds. */
  claim(key: string, hash: string, ttlHours: number): Promise<IdempotencyClaim> {
    return new Promise<IdempotencyClaim>((resolve, reject) => {
      let answered = false;
      const answer = (claim: IdempotencyClaim) => {
        if (answered) return false;
        answered = true;
        resolve(claim);
        return true;
      };
      let release!: (response: string | null) => void;
      const outcome = new Promise<string | null>((r) => (release = r));
      const transaction = this.db.writeTx(async (tx) => {
        const now = new Date();
        const expiresAt = new Date(now.getTime() + ttlHours * 3_600_000);
        const [row] = await tx.run('claim-idempotency-key', {
          key,
          hash,
          now: now.toISOString(),
          expiresAt: expiresAt.toISOString(),
        });
        if (!row!.claimed) {
          answer({ kind: 'stored', hash: row!.hash, response: row!.response ?? '' });
          return;
        }
        answer({ kind: 'claimed', complete });
        // (Should the driver retry this transaction after a transient error, the outcome is already known.)
        const response = await outcome;
        if (response === null) throw new GiveUp();
        await tx.run('complete-idempotency-key', { key, response });
      });
      const ended = transaction.then(
        () => undefined,
        (err: unknown) => {
          if (err instanceof GiveUp) return;
          if (!answered) {
            answered = true;
            reject(err instanceof Error ? err : new Error(String(err)));
            return;
          }
          throw err;
        },
      );
      const complete = (response: string | null) => {
        release(response);
        return ended;
      };
      // A failed claim is reported through `reject` above; `ended` itself is awaited only by `complete`.
      ended.catch(() => {});
    });
  }

  /** Deletes up to `limit` expired keys; returns how many. */
  async deleteExpired(limit = 10_000): Promise<number> {
    const [row] = await this.db.write('delete-expired-idempotency-keys', { now: new Date().toISOString(), limit });
    return row?.deleted ?? 0;
  }
}
