import DataLoader from 'dataloader';
import type { ByIdsQuery, Database, Row } from './database';

// One database round trip per nested field per request, however many parents ask: every load-*.cypher
// takes $ids and returns a `key` column naming the parent each row belongs to.

export function groupLoader<Q extends ByIdsQuery, T>(db: Database, query: Q, map: (row: Row<Q>) => T) {
  return new DataLoader<string, T[]>(async (ids) => {
    const byKey = new Map<string, T[]>();
    for (const row of await db.readByIds(query, [...ids])) {
      let list = byKey.get(row.key);
      if (!list) byKey.set(row.key, (list = []));
      list.push(map(row));
    }
    return ids.map((id) => byKey.get(id) ?? []);
  });
}
