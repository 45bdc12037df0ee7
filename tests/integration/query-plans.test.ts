import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorpusGenerator } from '../../src/bench/corpus.generator';
import { listQueryFiles, parseCypherFile } from '../../src/db/cypher.registry';
import { IngestService } from '../../src/engine/ingest/ingest.service';
import { seed } from '../../src/engine/seed/seed.service';
import { closeTestDb, testDb, wipe } from '../support/test-db';

// Every cypher/ file is planned against a realistic graph (the seed plus a synthetic corpus, so the
// planner has statistics with hubs and a long tail) and must not scan a label or every relationship
// where an index should serve. The few queries meant to read a whole label say why below.

const SCANS = /^(AllNodesScan|NodeByLabelScan|.*NodeByLabelsScan|.*AllRelationshipsScan|.*RelationshipTypeScan)/;

const MEANT_TO_SCAN: Record<string, string> = {
  'aggregate-claim-stances': 'a dashboard aggregate over every claim matching the filters',
  'aggregate-figure-series': 'a dashboard aggregate over every figure matching the filters',
  'count-claims': 'the bounded count: at most $countCap claims are examined, and the answer says so',
  'rank-actors': 'ranks every actor by its events or connections (dashboard)',
};

interface PlanNode {
  operatorType: string;
  arguments?: { Details?: unknown };
  children?: PlanNode[];
}

function scansIn(plan: PlanNode): string[] {
  const op = plan.operatorType.replace(/@.*/, '');
  const here = SCANS.test(op) ? [`${op} ${String(plan.arguments?.Details ?? '')}`] : [];
  return [...here, ...(plan.children ?? []).flatMap(scansIn)];
}

describe('query plans on a realistic graph', () => {
  beforeAll(async () => {
    await wipe();
    const db = await testDb();
    await seed(db);
    const articles = [...new CorpusGenerator({ entities: 200, seed: 3 }).articles()];
    await new IngestService(db).ingestBatch(articles.map((a) => ({ raw: a.bundle })));
  });
  afterAll(closeTestDb);

  it('read and write through indexes: no label or relationship scan outside the allow-list', async () => {
    const db = await testDb();
    const session = db.driver.session({ database: db.database });
    const found: Record<string, string[]> = {};
    try {
      for (const f of listQueryFiles().map(parseCypherFile)) {
        const plan = (await session.run(`EXPLAIN ${f.text}`)).summary.plan;
        const scans = plan ? scansIn(plan as PlanNode) : [];
        if (scans.length) found[f.name] = scans;
      }
    } finally {
      await session.close();
    }
    const unexpected = Object.entries(found).filter(([name]) => !(name in MEANT_TO_SCAN));
    expect(unexpected, 'queries that scan where an index should serve').toEqual([]);
    // The allow-list shrinks when a query stops scanning.
    expect(Object.keys(found).sort()).toEqual(Object.keys(MEANT_TO_SCAN).sort());
  });
});
