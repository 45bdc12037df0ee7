// Every query file in cypher/, by name. A test fails when this list and the folder differ, or when
// a name is used nowhere in src/.
export const QUERY_NAMES = [
  'await-indexes',
  'count-graph',
  'find-entity-by-id',
  'seed-placeholder',
] as const;

export type QueryName = (typeof QUERY_NAMES)[number];
