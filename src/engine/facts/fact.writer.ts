import type { TxRunner } from '../../db/database';
import { BundleValidationError } from '../bundle/bundle.validator';
import { FACT_GROUPS, type FactGroup, type FactRows } from './fact.rows';
import { chooseEntityValues, choosePositionValues, type ValueChange } from './value.refresh';

// The one place facts reach the graph: each kind of fact row is written by its merge-*.cypher file,
// in an order that lets later rows find what earlier ones created, inside the caller's transaction;
// then the values the touched entities, events and positions show are chosen again among their
// sources' accounts. Ingestion, revisions and every single-fact mutation come through here.

type FactCounts = Record<FactGroup, number>;

export interface WriteReport {
  created: FactCounts;
  /** Facts this article had already contributed, and a revision changed (values replaced). */
  updated: FactCounts;
  /** Facts this article had already contributed (written before: nothing changed). */
  skipped: FactCounts;
  /** Values shown by default that this write changed (another source's account now wins, or none did before). */
  valueChanges: ValueChange[];
}

export const zeroCounts = (): FactCounts => Object.fromEntries(FACT_GROUPS.map((g) => [g, 0])) as FactCounts;

const WHY: Record<FactGroup, string> = {
  entities: 'its article is missing',
  relationships: 'an end is missing from the graph, or is of a kind the type does not join',
  participations:
    'the actor is missing or cannot act (only people, organizations and countries do), or the event is missing',
  positions: 'the person or the organization is missing',
  claims: 'its article is missing',
  stances: 'the claim is missing, or the speaker is missing or cannot act',
  subjects: 'what it is about is missing',
  figures: 'its article is missing',
};

/** Writes every row in one transaction; a row that matched no node fails the whole write (nothing is dropped). */
export async function writeFacts(tx: TxRunner, rows: FactRows, at: { now: string; by: string }): Promise<WriteReport> {
  const report: WriteReport = { created: zeroCounts(), updated: zeroCounts(), skipped: zeroCounts(), valueChanges: [] };
  const common = { now: at.now };
  const tally = (
    group: FactGroup,
    written: { fact: string; created: boolean; updated: boolean }[],
    sent: { fact?: string | null }[],
  ) => {
    // A row that matched no node (an actor that cannot act, a vanished entity) would be lost silently:
    // refuse the whole write, naming every fact that could not be written.
    if (written.length !== sent.length) {
      const done = new Set(written.map((w) => w.fact));
      const missing = sent.filter((r) => !done.has(r.fact ?? ''));
      throw new BundleValidationError(
        (missing.length ? missing : [{ fact: group }]).map((r) => ({
          fact: r.fact ?? group,
          field: '',
          message:
            `could not be written (${sent.length - written.length} of ${sent.length} ${group} failed): ` + WHY[group],
        })),
      );
    }
    for (const row of written) report[row.created ? 'created' : row.updated ? 'updated' : 'skipped'][group]++;
  };
  const write = async <
    R extends { fact?: string | null },
    W extends { fact: string; created: boolean; updated: boolean },
  >(
    group: FactGroup,
    list: R[],
    send: (rows: R[]) => Promise<W[]>,
  ): Promise<W[]> => {
    if (!list.length) return [];
    const written = await send(list);
    tally(group, written, list);
    return written;
  };

  const entities = await write('entities', rows.entities, (r) =>
    tx.run('merge-entities', { rows: r, ...common, by: at.by }),
  );
  await write('relationships', rows.relationships, (r) => tx.run('merge-entity-relationships', { rows: r, ...common }));
  await write('participations', rows.participations, (r) => tx.run('merge-participations', { rows: r, ...common }));
  const positions = await write('positions', rows.positions, (r) => tx.run('merge-positions', { rows: r, ...common }));
  await write('claims', rows.claims, (r) => tx.run('merge-claims', { rows: r, ...common, by: at.by }));
  await write('stances', rows.stances, (r) => tx.run('merge-claim-stances', { rows: r, ...common }));
  await write('subjects', rows.subjects, (r) => tx.run('merge-claim-subjects', { rows: r, ...common }));
  await write('figures', rows.figures, (r) => tx.run('merge-figures', { rows: r, ...common, by: at.by }));
  report.valueChanges = [
    ...(await chooseEntityValues(
      tx,
      entities.map((e) => ({ ...e, key: e.id })),
    )),
    ...(await choosePositionValues(tx, positions)),
  ];
  return report;
}
