import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../src/engine/seed/seed.service';
import * as istanbul from '../fixtures/2025-10-26-istanbul-talks.facts';
import * as balochistan from '../fixtures/2025-12-07-balochistan-security-toll.facts';
import { checkFact } from '../support/fact-check';
import { closeTestDb, counts, cypher, testDb, wipe } from '../support/test-db';

const ARTICLES = [istanbul, balochistan];

describe('seeded graph: every article fact, one by one, with its source', () => {
  beforeAll(async () => {
    await wipe();
    await seed(await testDb());
  });
  afterAll(closeTestDb);

  for (const article of ARTICLES) {
    describe(article.ARTICLE_ID, () => {
      it('has its Article node with title and date', async () => {
        const rows = await cypher(
          `MATCH (a:Article {id: $id}) RETURN a.title AS title, a.publishedDate AS date, a.dateCertainty AS certainty`,
          {
            id: article.ARTICLE_ID,
          },
        );
        expect(rows).toHaveLength(1);
        expect(rows[0]!.title).toBeTruthy();
      });
      for (const fact of article.FACTS) {
        it(fact.says, async () => {
          expect(await checkFact(article.ARTICLE_ID, fact)).toBeNull();
        });
      }
    });
  }

  it('re-ingesting both seed bundles changes no count', async () => {
    const before = await counts();
    const reports = await seed(await testDb());
    expect(await counts()).toEqual(before);
    for (const r of reports) expect(Object.values(r.created).every((n) => n === 0)).toBe(true);
  });

  it('links every fact node and every fact relationship to an article', async () => {
    const [nodes] = await cypher(
      `MATCH (n) WHERE (n:Entity OR n:Claim OR n:Figure) AND NOT (n)-[:SOURCED_FROM]->(:Article) RETURN count(n) AS n`,
    );
    expect(nodes!.n).toBe(0);
    const [rels] = await cypher(
      `MATCH ()-[r]->()
       WHERE NOT type(r) IN ['SOURCED_FROM', 'STATES', 'FOR_PLACE', 'COUNTS', 'OFFICE_OF', 'MENTIONS', 'NAMES']
         AND (size(coalesce(r.sources, [])) = 0 OR size(r.sources) <> size(r.provenance))
       RETURN count(r) AS n`,
    );
    expect(rels!.n).toBe(0);
  });

  it('keeps one node per country across both articles', async () => {
    const rows = await cypher(`MATCH (c:Country) RETURN c.name AS name ORDER BY name`);
    const names = rows.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    const [pk] = await cypher(
      `MATCH (c:Country {id: 'place:pakistan'})-[:SOURCED_FROM]->(a:Article) RETURN count(a) AS n`,
    );
    expect(pk!.n).toBe(2);
  });
});
