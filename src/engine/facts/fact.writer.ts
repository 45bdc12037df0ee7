import type { TxRunner } from '../../db/database';
import { BundleValidationError } from '../bundle/bundle.validator';
import { FACT_GROUPS, type FactGroup, type FactRows } from './fact.rows';

// The one place facts reach the graph: each kind of fact row is written by its merge-*.cypher file,
// in an order that lets later rows find what earlier ones created, inside the caller's transaction.
// Ingestion and every single-fact mutation come through here.

type FactCounts = Record<FactGroup, number>;

export interface WriteReport {
  created: FactCounts;
  /** Facts this article had already contributed (written before: nothing changed). */
  skipped: FactCounts;
}

export const zeroCounts = (): FactCounts => Object.fromEntries(FACT_GROUPS.map((g) => [g, 0])) as FactCounts;

/** Writes every row in one transaction; a row that matched no node fails the whole write (nothing is dropped). */
export async function writeFacts(tx: TxRunner, rows: FactRows, at: { now: string; by: string }): Promise<WriteReport> {
  const report: WriteReport = { created: zeroCounts(), skipped: zeroCounts() };
  const common = { now: at.now };
  const tally = (group: FactGroup, written: { created: boolean }[], sent: unknown[]) => {
    // A row that matched no node (an actor that cannot act, a vanished entity) would be lost silently.
    if (written.length !== sent.length) {
      throw new BundleValidationError([
        {
          fact: group,
          field: '',
          message:
            `${sent.length - written.length} of ${sent.length} ${group} could not be written ` +
            '(an end is missing or is not an actor)',
        },
      ]);
    }
    for (const row of written) report[row.created ? 'created' : 'skipped'][group]++;
  };
  const write = async <R>(group: FactGroup, list: R[], send: (rows: R[]) => Promise<{ created: boolean }[]>) => {
    if (list.length) tally(group, await send(list), list);
  };

  await write('entities', rows.entities, (r) => tx.run('merge-entities', { rows: r, ...common, by: at.by }));
  await write('relationships', rows.relationships, (r) => tx.run('merge-entity-relationships', { rows: r, ...common }));
  await write('participations', rows.participations, (r) => tx.run('merge-participations', { rows: r, ...common }));
  await write('positions', rows.positions, (r) => tx.run('merge-positions', { rows: r, ...common }));
  await write('claims', rows.claims, (r) => tx.run('merge-claims', { rows: r, ...common, by: at.by }));
  await write('stances', rows.stances, (r) => tx.run('merge-claim-stances', { rows: r, ...common }));
  await write('subjects', rows.subjects, (r) => tx.run('merge-claim-subjects', { rows: r, ...common }));
  await write('figures', rows.figures, (r) => tx.run('merge-figures', { rows: r, ...common, by: at.by }));
  return report;
}
