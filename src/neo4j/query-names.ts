// Every query file in cypher/, by name. A test fails when this list and the folder differ, or when
// a name is used nowhere in src/.
export const QUERY_NAMES = [
  'await-indexes',
  'count-graph',
  'find-entities-by-ids',
  'find-entities-by-name-keys',
  'find-entity-by-id',
  'merge-article',
  'merge-claim-stances',
  'merge-claim-subjects',
  'merge-claims',
  'merge-entities',
  'merge-entity-relationships',
  'merge-figures',
  'merge-participations',
  'merge-positions',
] as const;

export type QueryName = (typeof QUERY_NAMES)[number];
