import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, describe, expect, it, inject } from 'vitest';
import { listMigrationFiles } from '../../src/db/cypher.registry';
import { connect, type Database } from '../../src/db/database';
import { closeTestDb, cypher, wipe } from '../support/test-db';

// Replicas that start together share one schema application: on a database with no constraints, indexes
// or migration records (Community has one database, so "fresh" is this one emptied), three gateways with
// their own drivers apply the schema at once. All succeed, each data migration runs once (counted from
// the logs of all three), each step is recorded once, and the schema's own node says which steps ran.

/** A logger whose lines are kept, to count what each replica did. */
function capturingLogger(lines: Record<string, unknown>[]) {
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return pino({ level: 'debug' }, sink);
}

async function emptyDatabase(): Promise<void> {
  await wipe();
  for (const row of await cypher('SHOW CONSTRAINTS YIELD name RETURN name')) {
    await cypher(`DROP CONSTRAINT ${row.name as string}`);
  }
  for (const row of await cypher("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")) {
    await cypher(`DROP INDEX ${row.name as string}`);
  }
}

const replicas: Database[] = [];
afterAll(async () => {
  await Promise.all(replicas.map((r) => r.close()));
  await closeTestDb();
});

describe('schema application shared by replicas', () => {
  it('three replicas applying the schema at once all succeed, and each step runs and is recorded once', async () => {
    await emptyDatabase();
    expect(await cypher('SHOW CONSTRAINTS YIELD name RETURN name')).toEqual([]);
    for (let i = 0; i < 3; i++) {
      replicas.push(
        await connect(inject('neo4jUri').replace('bolt://', 'neo4j://'), { user: 'neo4j', password: '' }, 'neo4j'),
      );
    }
    const logs: Record<string, unknown>[][] = [[], [], []];
    const results = await Promise.allSettled(replicas.map((r, i) => r.applySchema(capturingLogger(logs[i]!))));
    expect(results.map((r) => (r.status === 'fulfilled' ? 'ok' : String(r.reason)))).toEqual(['ok', 'ok', 'ok']);

    const steps = listMigrationFiles().map((f) => path.basename(f, '.cypher'));
    expect(steps.length).toBeGreaterThan(0);
    const applied = logs
      .flat()
      .filter((l) => l.msg === 'applying data migration')
      .map((l) => l.migration);
    const perReplica = logs.map((l) => l.filter((x) => x.msg === 'applying data migration').length);
    console.log(`[schema] migrations applied per replica: ${JSON.stringify(perReplica)}`);
    expect([...applied].sort()).toEqual([...steps].sort());

    const records = await cypher('MATCH (m:Migration) WHERE m.id <> $lock RETURN m.id AS id ORDER BY id', {
      lock: 'schema',
    });
    expect(records.map((r) => r.id)).toEqual([...steps].sort());
    const [version] = await cypher("MATCH (m:Migration {id: 'schema'}) RETURN m.steps AS steps, m.appliedBy AS by");
    expect(version!.steps).toEqual(steps);
    expect(version!.by).toMatch(/:\d+:/);
    const constraints = await cypher('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
    expect(constraints.map((c) => c.name)).toEqual(
      expect.arrayContaining(['migration_id', 'entity_id', 'name_key_id']),
    );
  });

  it('a later start finds everything applied and runs no migration again', async () => {
    const lines: Record<string, unknown>[] = [];
    await replicas[0]!.applySchema(capturingLogger(lines));
    expect(lines.filter((l) => l.msg === 'applying data migration')).toEqual([]);
  });
});
