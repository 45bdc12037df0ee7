import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { paths } from '../core/paths';

const LAUNCHER_DIR = paths.neo4jLauncher;
const READY_PREFIX = 'KHABAR_NEO4J_READY ';

/** Neo4j 5.26 on JDK 17 fails to link DirectByteBuffer without these. */
const JVM_OPENS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
];

/** Raised when the local Neo4j cannot be started at all (no Java, no Maven, no jars). */
export class LocalNeo4jUnavailableError extends Error {
  constructor(reason: string) {
    super(
      `${reason}\n` +
        'khabar starts its own Neo4j when NEO4J_URI is not set, and that needs Java 17+ and Maven 3.8+.\nTwo ways ' +
        'out:\n  1. docker compose up            (Neo4j and khabar in containers)\n  2. ' +
        'NEO4J_URI=bolt://host:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=... npm start   (use a Neo4j you run)',
    );
    this.name = 'LocalNeo4jUnavailableError';
  }
}

export class LocalNeo4jStartError extends Error {
  constructor(
    message: string,
    readonly stderr: string,
  ) {
    super(stderr.trim() ? `${message}\n--- neo4j-local stderr (last lines) ---\n${stderr.trim()}` : message);
    this.name = 'LocalNeo4jStartError';
  }
}

export interface LocalNeo4jOptions {
  /** Store folder; created when missing. */
  home: string;
  port: number;
  heap?: string;
  pagecache?: string;
  /** A store deleted after use: skip log preallocation. */
  throwaway?: boolean;
  timeoutMs?: number;
  /** Called with progress lines meant for a person ("resolving jars", "compiling"). */
  onProgress?: (message: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  port: number;
  home: string;
  pid: number;
  /** Milliseconds from spawn to the readiness line. */
  startupMs: number;
  /** Settles with the exit code when the process ends, whoever ended it. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

function commandWorks(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return r.error === undefined && r.status === 0;
}

function pomDigest(): string {
  return createHash('sha256')
    .update(fs.readFileSync(path.join(LAUNCHER_DIR, 'pom.xml')))
    .digest('hex');
}

/** Resolves the Neo4j jars from Maven Central into lib/ when missing or when the pom changed. */
export function ensureNeo4jJars(onProgress: (m: string) => void = () => {}): string {
  const lib = path.join(LAUNCHER_DIR, 'lib');
  const marker = path.join(lib, '.pom-sha256');
  const digest = pomDigest();
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8').trim() === digest) return lib;
  if (!commandWorks('mvn', ['-v'])) {
    throw new LocalNeo4jUnavailableError('Maven (mvn) was not found, so the Neo4j jars cannot be resolved.');
  }
  onProgress('resolving Neo4j jars from Maven Central into tools/neo4j-local/lib (first start only)');
  fs.rmSync(lib, { recursive: true, force: true });
  const r = spawnSync('mvn', ['-q', '-B', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'dependency:copy-dependencies'], {
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    throw new LocalNeo4jStartError('Maven could not resolve Neo4j', `${r.stdout ?? ''}${r.stderr ?? ''}`.slice(-4000));
  }
  fs.writeFileSync(marker, digest);
  return lib;
}

/** Compiles Launcher.java into classes/ when the class is missing or older than the source. */
export function ensureLauncherCompiled(onProgress: (m: string) => void = () => {}): string {
  const src = path.join(LAUNCHER_DIR, 'Launcher.java');
  const classes = path.join(LAUNCHER_DIR, 'classes');
  const cls = path.join(classes, 'Launcher.class');
  if (fs.existsSync(cls) && fs.statSync(cls).mtimeMs >= fs.statSync(src).mtimeMs) return classes;
  if (!commandWorks('javac', ['-version'])) {
    throw new LocalNeo4jUnavailableError('A Java compiler (javac, JDK 17+) was not found.');
  }
  onProgress('compiling tools/neo4j-local/Launcher.java');
  fs.mkdirSync(classes, { recursive: true });
  const r = spawnSync('javac', ['-cp', path.join(LAUNCHER_DIR, 'lib', '*'), '-d', classes, src], { encoding: 'utf8' });
  if (r.status !== 0) throw new LocalNeo4jStartError('javac failed on Launcher.java', `${r.stdout}${r.stderr}`);
  return classes;
}

/** Fails early, with the two ways out, when Java is missing. */
function checkJava(): void {
  if (!commandWorks('java', ['-version'])) {
    throw new LocalNeo4jUnavailableError('Java (java, JDK 17+) was not found on PATH.');
  }
}

export async function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, host, () => srv.close(() => resolve(true)));
  });
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Keeps the last `max` characters of a stream, for error messages. */
function tail(max: number) {
  let buf = '';
  return {
    push(chunk: string) {
      buf = (buf + chunk).slice(-max);
    },
    get value() {
      return buf;
    },
  };
}

function javaArgs(options: LocalNeo4jOptions, classes: string, lib: string): string[] {
  const heap = options.heap ?? '1g';
  return [
    ...JVM_OPENS,
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-cp',
    `${classes}${path.delimiter}${path.join(lib, '*')}`,
    'Launcher',
    ...['--home', options.home, '--port', String(options.port)],
    ...['--pagecache', options.pagecache ?? '512m', '--throwaway', String(options.throwaway ?? false)],
  ];
}

/** Resolves with the Bolt URI once the child prints its readiness line; rejects with its stderr otherwise. */
function waitForReady(
  child: ChildProcess,
  exited: Promise<number | null>,
  stderr: { value: string },
  timeoutMs: number,
): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let out = '';
    const fail = (message: string) => {
      clearTimeout(timer);
      reject(new LocalNeo4jStartError(message, stderr.value));
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(`Neo4j did not report readiness within ${timeoutMs} ms`);
    }, timeoutMs);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.startsWith(READY_PREFIX));
      if (line) {
        clearTimeout(timer);
        resolve(line.slice(READY_PREFIX.length).trim());
      }
    });
    child.once('error', (err) => fail(`could not spawn java: ${err.message}`));
    void exited.then((code) => fail(`Neo4j exited with code ${code} before it was ready`));
  });
}

async function refuseBusyPort(port: number): Promise<void> {
  if (await isPortFree(port)) return;
  throw new LocalNeo4jStartError(
    `Port ${port} on 127.0.0.1 is already in use (another Neo4j or khabar?). ` +
      'Set LOCAL_NEO4J_PORT to a free port, or NEO4J_URI to use that server.',
    '',
  );
}

/**
 * Starts the embedded Neo4j as a child process and resolves once it reports readiness.
 * The child exits when stop() is called, on SIGTERM, or when this process dies (its stdin closes).
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const progress = options.onProgress ?? (() => {});
  checkJava();
  const lib = ensureNeo4jJars(progress);
  const classes = ensureLauncherCompiled(progress);
  await refuseBusyPort(options.port);
  fs.mkdirSync(options.home, { recursive: true });

  const started = Date.now();
  const child: ChildProcess = spawn('java', javaArgs(options, classes, lib), { stdio: ['pipe', 'pipe', 'pipe'] });
  const errTail = tail(6000);
  child.stderr?.setEncoding('utf8').on('data', (c: string) => errTail.push(c));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const uri = await waitForReady(child, exited, errTail, options.timeoutMs ?? 180_000);

  let stopping: Promise<void> | undefined;
  return {
    uri,
    port: options.port,
    home: options.home,
    pid: child.pid ?? -1,
    startupMs: Date.now() - started,
    exited,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(killer);
      })();
      return stopping;
    },
  };
}
