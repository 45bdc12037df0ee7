import { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from './local-neo4j.launcher';

// Keeps the embedded Neo4j running: when its JVM dies (a crash, the OOM killer, a stray kill -9) it is
// started again on the same port and store, after a pause that doubles with each failed try, so that khabar
// recovers without being restarted itself. Neo4j recovers its store from the transaction log on start.

export type SupervisorEvent =
  | { type: 'exited'; pid: number; code: number | null }
  | { type: 'restarting'; attempt: number; delayMs: number }
  | { type: 'restarted'; pid: number; startupMs: number }
  | { type: 'restart-failed'; attempt: number; error: Error };

export interface SupervisedNeo4jOptions extends LocalNeo4jOptions {
  onEvent?: (event: SupervisorEvent) => void;
  /** First pause before a restart, doubled after each failed try up to maxDelayMs. */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

export interface SupervisedNeo4j {
  uri: string;
  port: number;
  home: string;
  /** The pid of the JVM running now (it changes with each restart). */
  readonly pid: number;
  /** Milliseconds the first start took. */
  startupMs: number;
  /** How many times the JVM was started again. */
  readonly restarts: number;
  stop(): Promise<void>;
}

/** A run this long counts as healthy: the next crash starts the back-off from its first step again. */
const STABLE_MS = 60_000;

export async function superviseLocalNeo4j(options: SupervisedNeo4jOptions): Promise<SupervisedNeo4j> {
  const emit = options.onEvent ?? (() => {});
  const initialDelay = options.initialDelayMs ?? 1000;
  const maxDelay = options.maxDelayMs ?? 30_000;
  let current: LocalNeo4j = await startLocalNeo4j(options);
  let restarts = 0;
  let stopping = false;
  let wake: (() => void) | undefined;

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const watch = async (): Promise<void> => {
    for (;;) {
      const startedAt = Date.now();
      const code = await current.exited;
      if (stopping) return;
      emit({ type: 'exited', pid: current.pid, code });
      let attempt = Date.now() - startedAt >= STABLE_MS ? 0 : restarts;
      for (;;) {
        attempt++;
        const delayMs = Math.min(maxDelay, initialDelay * 2 ** Math.min(attempt - 1, 10));
        emit({ type: 'restarting', attempt, delayMs });
        await pause(delayMs);
        if (stopping) return;
        try {
          current = await startLocalNeo4j(options);
          // stop() was called while this one was starting: it is not wanted any more.
          if (stopping) return void (await current.stop());
          restarts++;
          emit({ type: 'restarted', pid: current.pid, startupMs: current.startupMs });
          break;
        } catch (err) {
          emit({ type: 'restart-failed', attempt, error: err instanceof Error ? err : new Error(String(err)) });
          if (stopping) return;
        }
      }
    }
  };
  const watching = watch();

  return {
    uri: current.uri,
    port: current.port,
    home: current.home,
    get pid() {
      return current.pid;
    },
    startupMs: current.startupMs,
    get restarts() {
      return restarts;
    },
    async stop() {
      stopping = true;
      wake?.();
      await current.stop();
      await watching;
    },
  };
}
