import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { BundleValidationError } from '../../src/engine/bundle/bundle.validator';
import { IngestService } from '../../src/engine/ingest/ingest.service';
import { talksBundle, variantSpellingBundle } from '../fixtures/small-bundles';
import { addEntity, closeTestDb, counts, cypher, testDb, wipe } from '../support/test-db';

async function engine() {
  return new IngestService(await testDb());
}

describe('ingestion engine against the real Neo4j', () => {
  beforeEach(wipe);
  afterAll(closeTestDb);

  it('is idempotent: a second ingest of the same bundle changes no count and creates nothing', async () => {
    const svc = await engine();
    const first = await svc.ingest(talksBundle());
    expect(first.article.created).toBe(true);
    expect(first.created.entities).toBe(10); // 8 entities + 2 events
    expect(first.created.participations).toBe(3);
    const before = await counts();
    const second = await svc.ingest(talksBundle());
    expect(await counts()).toEqual(before);
    expect(second.article.created).toBe(false);
    expect(Object.values(second.created).every((n) => n === 0)).toBe(true);
    expect(second.skipped.entities).toBe(10);
  });

  it('writes provenance on every fact: nodes link to the article, relationships name it', async () => {
    await (await engine()).ingest(talksBundle());
    const [unsourced] = await cypher(
      `MATCH (n) WHERE (n:Entity OR n:Claim OR n:Figure) AND NOT (n)-[:SOURCED_FROM]->(:Article) RETURN count(n) AS n`,
    );
    expect(unsourced!.n).toBe(0);
    const rels = await cypher(
      `MATCH ()-[r]->() WHERE NOT type(r) IN ['SOURCED_FROM', 'STATES', 'FOR_PLACE', 'COUNTS', 'OFFICE_OF', 'NAMES']
       RETURN type(r) AS t, r.sources AS sources, r.provenance AS provenance`,
    );
    expect(rels.length).toBeGreaterThan(0);
    for (const r of rels) {
      expect(r.sources, String(r.t)).toEqual(['article:talks']);
      expect((r.provenance as string[]).map((p) => JSON.parse(p).article)).toEqual(['article:talks']);
    }
    const [within] = await cypher(
      `MATCH (:Place {id: 'place:doha'})-[r:WITHIN]->(:Place {id: 'place:qatar'}) RETURN r.provenance AS p`,
    );
    expect(JSON.parse((within!.p as string[])[0]!)).toMatchObject({
      basis: 'GENERAL_KNOWLEDGE',
      note: 'Doha is the capital of Qatar',
    });
  });

  it('stores dates with their precision: a month-precision event spans the month', async () => {
    await (await engine()).ingest(talksBundle());
    const [ev] = await cypher(
      `MATCH (e:Event {id: 'event:border-clashes'}) RETURN e.startDate AS s, e.endDate AS e, e.datePrecision AS p`,
    );
    expect(ev).toEqual({ s: '2025-10-01', e: '2025-10-31', p: 'MONTH' });
  });

  it('is all-or-nothing: one bad fact in the middle stores nothing, and the error names fact and field', async () => {
    const bad = talksBundle();
    (bad.events![1] as { subType: string }).subType = 'PICNIC';
    const err = await (await engine()).ingest(bad).catch((e) => e);
    expect(err).toBeInstanceOf(BundleValidationError);
    expect(err.message).toContain('events[1] (event:border-clashes)');
    expect(err.problems[0]).toMatchObject({ fact: 'events[1] (event:border-clashes)', field: 'subType' });
    expect(await counts()).toEqual({ nodes: 0, relationships: 0 });
  });

  it('rolls back writes already made in the transaction when a graph check fails mid-way', async () => {
    await addEntity({ id: 'place:qatar', kind: 'ORGANIZATION', name: 'Qatar Inc', aliases: [], orgType: 'OTHER' });
    const before = await counts();
    const err = await (await engine()).ingest(talksBundle()).catch((e) => e);
    expect(err).toBeInstanceOf(BundleValidationError);
    expect(err.message).toMatch(/entities\[3\] \(place:qatar\).*exists in the graph as ORGANIZATION, not PLACE/);
    // merge-article ran before the check; the rollback removed it.
    expect(await counts()).toEqual(before);
    expect(await cypher(`MATCH (a:Article) RETURN a`)).toEqual([]);
  });

  it('refuses references to ids neither in the bundle nor in the graph', async () => {
    const b = talksBundle();
    b.events![0]!.participants!.push({
      actorId: 'org:nobody',
      role: 'PARTY',
      source: { basis: 'ARTICLE', evidence: 'x' },
    });
    const err = await (await engine()).ingest(b).catch((e) => e);
    expect(err).toBeInstanceOf(BundleValidationError);
    expect(err.message).toContain("'org:nobody' is neither declared in the bundle nor in the graph");
    expect(await counts()).toEqual({ nodes: 0, relationships: 0 });
  });

  it('resolves different spellings of one country or person onto one node, by kind', async () => {
    const svc = await engine();
    await svc.ingest(talksBundle());
    const report = await svc.ingest(variantSpellingBundle());
    expect(report.matched).toEqual(
      expect.arrayContaining([
        { bundleId: 'place:turkiye', id: 'place:turkey', by: 'name' },
        { bundleId: 'person:mullah-muhammad-yaqoob', id: 'person:mohammad-yaqoob-mujahid', by: 'name' },
        { bundleId: 'place:islamabad-city', id: 'place:islamabad', by: 'name' },
      ]),
    );
    const countries = await cypher(
      `MATCH (c:Country) WHERE c.name IN ['Turkey', 'Türkiye'] OR 'Türkiye' IN c.aliases RETURN c.id AS id, c.aliases
        AS aliases`,
    );
    expect(countries).toEqual([{ id: 'place:turkey', aliases: ['Turkiye', 'Türkiye'] }]);
    expect(await cypher(`MATCH (p:Person) RETURN p.id AS id`)).toEqual([{ id: 'person:mohammad-yaqoob-mujahid' }]);
    // The second article's facts hang on the resolved nodes.
    const host = await cypher(
      `MATCH (:Country {id: 'place:turkey'})-[r:PARTICIPATED_IN {role: 'HOST'}]->(e:Event) RETURN e.id AS e,
        r.sources AS s`,
    );
    expect(host).toEqual([{ e: 'event:istanbul-round', s: ['article:variants'] }]);
    // "Islamabad" the government (an ORGANIZATION alias) never absorbed "ISLAMABAD" the city.
    const [gov] = await cypher(`MATCH (o:Organization {id: 'org:government-of-pakistan'}) RETURN o.aliases AS a`);
    expect(gov!.a).toEqual(['Islamabad']);
  });

  it('lets only people, organizations and countries act, and never drops a fact silently', async () => {
    const declared = talksBundle();
    declared.events![0]!.participants!.push({
      actorId: 'place:doha',
      role: 'HOST',
      source: { basis: 'ARTICLE', evidence: 'Doha' },
    });
    const err = await (await engine()).ingest(declared).catch((e) => e);
    expect(err.message).toContain("'place:doha' is a place but not a country");

    // A city already in the graph, referred to by id only: its kind in the graph is checked before any
    // write, and the refusal names the fact.
    await (await engine()).ingest(talksBundle());
    const before = await counts();
    const later = variantSpellingBundle();
    later.events![0]!.participants!.push({
      actorId: 'place:doha',
      role: 'HOST',
      source: { basis: 'ARTICLE', evidence: 'Doha' },
    });
    const err2 = await (await engine()).ingest(later).catch((e) => e);
    expect(err2).toBeInstanceOf(BundleValidationError);
    expect(err2.problems).toEqual([
      {
        fact: 'events[0] (event:istanbul-round)',
        field: 'participants[2].actorId',
        message: "'place:doha' is a place but not a country; only people, organizations and countries act",
      },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('refuses to guess when a name matches several existing entities of the kind', async () => {
    await addEntity({ id: 'person:najib-a', kind: 'PERSON', name: 'Najib Khan', aliases: ['Najib'] });
    await addEntity({ id: 'person:najib-b', kind: 'PERSON', name: 'Najib Shah', aliases: ['Najib'] });
    const b = variantSpellingBundle();
    b.entities!.push({
      id: 'person:najib',
      kind: 'PERSON',
      name: 'Najib',
      aliases: [],
      source: { basis: 'ARTICLE', evidence: 'Najib' },
    });
    const err = await (await engine()).ingest(b).catch((e) => e);
    expect(err).toBeInstanceOf(BundleValidationError);
    expect(err.message).toMatch(
      /person:najib.*matches several existing PERSON entities \(person:najib-a, person:najib-b\)/,
    );
  });
});
