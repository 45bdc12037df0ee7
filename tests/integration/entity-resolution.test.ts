import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listQueryFiles, parseCypherFile } from '../../src/db/cypher.registry';
import { IngestService } from '../../src/engine/ingest/ingest.service';
import { seed } from '../../src/engine/seed/seed.service';
import { nameKeys } from '../../src/model/names';
import { talksBundle } from '../fixtures/small-bundles';
import { addEntity, closeTestDb, cypher, testDb, wipe } from '../support/test-db';

// Entity resolution reads the (:NameKey {id: kind|key})-[:NAMES]-> index: its cost follows the keys a
// bundle names, not the number of entities of the kind, and it gives the same answers as the scan did.

interface Plan {
  operatorType: string;
  dbHits?: number;
  children?: Plan[];
}
const hits = (p: Plan): number => (p.dbHits ?? 0) + (p.children ?? []).reduce((n, c) => n + hits(c), 0);
const ops = (p: Plan): string[] => [p.operatorType.replace(/@.*/, ''), ...(p.children ?? []).flatMap(ops)];

describe('entity resolution through the name key index', () => {
  beforeAll(async () => {
    await wipe();
    await seed(await testDb());
  });
  afterAll(closeTestDb);

  async function profileLookup(names: string[]) {
    const db = await testDb();
    const session = db.driver.session({ database: db.database });
    try {
      const text = parseCypherFile(listQueryFiles().find((f) => f.endsWith('find-entities-by-name-keys.cypher'))!).text;
      const keys = nameKeys(names);
      const res = await session.run(`PROFILE ${text}`, {
        candidates: [{ ref: 'x', kind: 'PERSON', keys, exactKeys: keys }],
      });
      return { rows: res.records.map((r) => r.get('id') as string), plan: res.summary.profile as unknown as Plan };
    } finally {
      await session.close();
    }
  }

  it('costs the same with a thousand more people of the kind', async () => {
    const before = await profileLookup(['Khawaja Asif', 'Khawaja Muhammad Asif']);
    expect(before.rows).toEqual(['person:khawaja-muhammad-asif']);
    expect(ops(before.plan), ops(before.plan).join(' ')).toContain('NodeUniqueIndexSeek');
    expect(ops(before.plan).some((o) => /Scan/.test(o))).toBe(false);
    await cypher(
      `UNWIND range(1, 1000) AS i
       CREATE (n:Entity:Actor:Person {id: 'person:filler-' + i, kind: 'PERSON', name: 'Filler ' + i,
         nameKeys: ['filler ' + i], aliases: []})
       MERGE (k:NameKey {id: 'PERSON|filler ' + i}) CREATE (k)-[:NAMES]->(n)`,
    );
    const after = await profileLookup(['Khawaja Asif', 'Khawaja Muhammad Asif']);
    expect(after.rows).toEqual(before.rows);
    expect(hits(after.plan)).toBe(hits(before.plan));
  });

  it('joins a later article about the seed events to the seed nodes: no name becomes a duplicate', async () => {
    const shared = async () =>
      cypher(
        `MATCH (k:NameKey)-[:NAMES]->(n:Entity) WITH k, collect(n.id) AS ids WHERE size(ids) > 1
         RETURN k.id AS key, ids ORDER BY key`,
      );
    const before = await shared();
    const report = await new IngestService(await testDb()).ingest(talksBundle());
    expect(report.matched.length).toBeGreaterThan(5);
    expect(report.matched).toEqual(
      expect.arrayContaining([{ bundleId: 'place:islamabad', id: 'place:islamabad', by: 'id' }]),
    );
    // Every entity the talks bundle declares that the seed knew by a name was matched, not created again.
    expect(await shared()).toEqual(before);
  });

  it('accepts PART_OF from a declared organization to one that exists only in the graph', async () => {
    await addEntity({
      id: 'org:test-parent-ministry',
      kind: 'ORGANIZATION',
      name: 'Test Parent Ministry',
      aliases: [],
      orgType: 'MINISTRY',
    });
    const b = talksBundle();
    b.article.id = 'article:part-of';
    b.article.url = 'https://example.org/part-of';
    b.entities!.push({
      id: 'org:test-unit',
      kind: 'ORGANIZATION',
      orgType: 'OTHER',
      name: 'Test Unit',
      aliases: [],
      source: { basis: 'ARTICLE', evidence: 'Pakistan' },
    });
    b.relationships = [
      ...(b.relationships ?? []),
      {
        type: 'PART_OF',
        from: 'org:test-unit',
        to: 'org:test-parent-ministry',
        source: { basis: 'ARTICLE', evidence: 'Pakistan' },
      },
    ];
    await new IngestService(await testDb()).ingest(b);
    const rows = await cypher(`MATCH (:Organization {id: 'org:test-unit'})-[:PART_OF]->(o) RETURN o.id AS id`);
    expect(rows).toEqual([{ id: 'org:test-parent-ministry' }]);
  });
});
