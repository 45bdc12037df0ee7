import DataLoader from 'dataloader';
import type { Database, Params, Row } from './neo4j.database';
import type { QueryName } from './query-names';

// One database round trip per nested field per request, however many parents ask: every load-*.cypher
// takes $ids and returns a `key` column naming the parent each row belongs to.

export function groupLoader<T>(db: Database, query: QueryName, map: (row: Row) => T, params: Params = {}) {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await db.read(query, { ...params, ids: [...ids] });
    const byKey = new Map<string, T[]>();
    for (const row of rows) {
      const k = String(row.key);
      let list = byKey.get(k);
      if (!list) byKey.set(k, (list = []));
      list.push(map(row));
    }
    return ids.map((id) => byKey.get(id) ?? []);
  });
}

export function singleLoader<T>(db: Database, query: QueryName, map: (row: Row) => T, params: Params = {}) {
  const group = groupLoader(db, query, map, params);
  return new DataLoader<string, T | null>(async (ids) =>
    (await group.loadMany(ids)).map((r) => (Array.isArray(r) ? (r[0] ?? null) : null)),
  );
}
