import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../../src/core/paths';
import { findFreePort } from '../../src/dev/local-neo4j.launcher';
import { addEntity, closeTestDb, cypher, wipe } from '../support/test-db';
import { post } from '../support/http-app';

// Three khabar processes (`tsx src/main.ts`, as `npm start` runs it) on one Neo4j through a routing
// neo4j:// URI, started at the same moment (so they also share the schema application). A mixed load goes
// round-robin across them: addAliases on one shared entity, createEntity, reads, and three replicas
// creating the same name at once. Nothing acknowledged is lost or duplicated, and every write is visible
// from every other replica at once when its bookmark is sent along. The name-key locks live in Neo4j,
// which is why the replicas need nothing from each other.

const EDITOR_KEY = 'an-editor-key-for-the-replica-test';
const TARGET = 'person:replica-target';

interface Replica {
  child: ChildProcess;
  base: string;
  output: string[];
}
const replicas: Replica[] = [];

interface Answer {
  status: number;
  bookmark: string | null;
  data?: any;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

async function call(r: Replica, query: string, variables: object, bookmark?: string | null): Promise<Answer> {
  const headers: Record<string, string> = { 'x-api-key': EDITOR_KEY };
  if (bookmark) headers['khabar-bookmark'] = bookmark;
  const res = await post(r.base, { query, variables }, headers);
  const body = (await res.json()) as Omit<Answer, 'status' | 'bookmark'>;
  return { status: res.status, bookmark: res.headers.get('khabar-bookmark'), ...body };
}

async function startReplica(uri: string): Promise<Replica> {
  const port = await findFreePort();
  const output: string[] = [];
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      NEO4J_URI: uri,
      SEED_ON_START: 'false',
      RATE_LIMIT_PER_MINUTE: '0',
      AUTH_API_KEYS: `desk:editor:${createHash('sha256').update(EDITOR_KEY).digest('hex')}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.setEncoding('utf8').on('data', (c: string) => output.push(c));
  child.stderr?.setEncoding('utf8').on('data', (c: string) => output.push(c));
  return { child, base: `http://127.0.0.1:${port}`, output };
}

async function ready(r: Replica, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (r.child.exitCode !== null) throw new Error(`replica exited ${r.child.exitCode}:\n${r.output.join('')}`);
    const ok = await fetch(`${r.base}/health/ready`).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`replica at ${r.base} not ready in ${timeoutMs} ms:\n${r.output.join('')}`);
}

beforeAll(async () => {
  await wipe();
  await addEntity({ id: TARGET, kind: 'PERSON', name: 'Replica Target', aliases: [] });
  const uri = inject('neo4jUri').replace(/^bolt:/, 'neo4j:');
  replicas.push(...(await Promise.all([0, 1, 2].map(() => startReplica(uri)))));
  await Promise.all(replicas.map((r) => ready(r, 120_000)));
}, 180_000);

afterAll(async () => {
  await Promise.all(
    replicas.map(
      (r) =>
        new Promise<void>((resolve) => {
          if (r.child.exitCode !== null) return resolve();
          r.child.once('exit', () => resolve());
          r.child.kill('SIGTERM');
        }),
    ),
  );
  await closeTestDb();
});

const UPDATE = `mutation($id: ID!, $input: UpdateEntityInput!) { updateEntity(id: $id, input: $input) { version } }`;
const CREATE = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { id } }`;
const READ = `query($id: ID!) { entity(id: $id) { id name aliases } }`;

describe('three API replicas on one Neo4j (neo4j:// URI)', () => {
  it('lose and duplicate nothing under mixed round-robin load; writes show everywhere with a bookmark', async () => {
    const aliases: string[] = [];
    const created: string[] = [];
    const names: string[] = [];
    let reads = 0;
    let stale = 0;
    // 60 operations, replica i % 3, kinds rotating so that every replica gets every kind; six at a time.
    const op = async (i: number) => {
      const at = replicas[i % 3]!;
      const others = replicas.filter((r) => r !== at);
      const kind = Math.floor(i / 3) % 3;
      if (kind === 2) {
        const r = await call(at, READ, { id: TARGET });
        expect(r.data?.entity?.id, JSON.stringify(r.errors)).toBe(TARGET);
        reads++;
        return;
      }
      let answer: Answer;
      let seen: (a: Answer) => boolean;
      if (kind === 0) {
        const alias = `Replica Alias ${i}`;
        answer = await call(at, UPDATE, { id: TARGET, input: { addAliases: [alias] } });
        aliases.push(alias);
        seen = (a) => (a.data?.entity?.aliases as string[] | undefined)?.includes(alias) ?? false;
      } else {
        answer = await call(at, CREATE, { input: { kind: 'PERSON', name: `Replica Person ${i}` } });
        names.push(`Replica Person ${i}`);
        const id = answer.data?.createEntity?.id as string;
        created.push(id);
        seen = (a) => a.data?.entity?.name === `Replica Person ${i}`;
      }
      expect(answer.errors, `operation ${i}`).toBeUndefined();
      expect(answer.bookmark, `operation ${i}`).toMatch(/^FB:/);
      // Read it back from both other replicas at once, with the write's bookmark.
      const id = kind === 0 ? TARGET : created[created.length - 1]!;
      for (const other of others) {
        const r = await call(other, READ, { id }, answer.bookmark);
        reads++;
        if (!seen(r)) stale++;
      }
    };
    const queue = Array.from({ length: 60 }, (_, i) => i);
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        for (let i = queue.shift(); i !== undefined; i = queue.shift()) await op(i);
      }),
    );

    // Three replicas creating one name at the same moment: Neo4j's name-key locks let one through.
    const contested = await Promise.all(
      replicas.map((r) => call(r, CREATE, { input: { kind: 'PERSON', name: 'Contested Replica Name' } })),
    );
    const outcomes = contested.map((a) => a.errors?.[0]?.extensions?.code ?? 'OK').sort();

    const [target] = await cypher('MATCH (n:Entity {id: $id}) RETURN n.aliases AS aliases, n.version AS version', {
      id: TARGET,
    });
    const persons = await cypher(
      "MATCH (n:Person) WHERE n.name STARTS WITH 'Replica Person' OR n.name = 'Contested Replica Name' " +
        'RETURN n.id AS id, n.name AS name',
    );
    console.log(
      `[replicas] ${aliases.length} addAliases, ${created.length} createEntity, ${reads} reads (${stale} stale with ` +
        `a bookmark); contested create: ${outcomes.join(', ')}; stored aliases ` +
        `${(target!.aliases as string[]).length}, ` +
        `version ${String(target!.version)}, persons ${persons.length}`,
    );
    expect(stale).toBe(0);
    expect(outcomes).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    expect([...(target!.aliases as string[])].sort()).toEqual([...aliases].sort());
    expect(target!.version).toBe(1 + aliases.length);
    expect(new Set(persons.map((p) => p.id)).size).toBe(persons.length);
    expect(persons.map((p) => p.name as string).sort()).toEqual([...names, 'Contested Replica Name'].sort());
    expect(persons).toHaveLength(created.length + 1);
    expect(new Set(created).size).toBe(created.length);

    // Every replica answers the final state alike.
    const finals = await Promise.all(replicas.map((r) => call(r, READ, { id: TARGET })));
    for (const f of finals) expect([...(f.data.entity.aliases as string[])].sort()).toEqual([...aliases].sort());
  });
});
