import type { Database } from '../../db/database';
import { nameKeys } from '../../model/names';
import { mentionKeys } from '../mention/mention.linker';

// Name keys are computed by the server when an entity is written. When the way they are computed
// changes (Arabic-script letters folded, phonetic keys added), entities stored before keep their old
// keys until re-keyed: this recomputes every entity's keys from its names and rewrites those that
// differ, a page at a time. Idempotent: a second run changes nothing.

/** The keys an entity is stored under: resolution's name keys (with phonetic ones) and the linker's. */
function storedKeys(names: string[]): string[] {
  return [...new Set([...nameKeys(names), ...mentionKeys(names)])];
}

export interface RekeyReport {
  examined: number;
  rekeyed: number;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && new Set([...a, ...b]).size === a.length;

export async function rekeyNames(db: Database, pageSize = 500, log?: (r: RekeyReport) => void): Promise<RekeyReport> {
  const report: RekeyReport = { examined: 0, rekeyed: 0 };
  let after = '';
  for (;;) {
    const page = await db.read('list-entity-names', { after, limit: pageSize });
    if (!page.length) return report;
    const changed = page
      .map((e) => ({ id: e.id, nameKeys: storedKeys(e.names), old: e.nameKeys }))
      .filter((e) => !sameSet(e.nameKeys, e.old))
      .map(({ id, nameKeys: keys }) => ({ id, nameKeys: keys }));
    if (changed.length) await db.writeTx((tx) => tx.run('rekey-entities', { rows: changed }));
    report.examined += page.length;
    report.rekeyed += changed.length;
    log?.(report);
    after = page[page.length - 1]!.id;
  }
}
