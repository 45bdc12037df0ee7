// retract-entity-relationships
// A revision removed relationships (stated ones, an event's places and series, participations) from its
// article: the article leaves the relationship's sources and provenance (the two lists stay parallel);
// a relationship left with no source is deleted and both ends count one connection fewer. The type
// comes from the server's table (vocabulary.ts), never from a client.
// Parameters: $rows: {type: string, from: string, to: string, role: string?, articleId: string}[]
// Returns: type: string, from: string, to: string, deleted: bool
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r:$(row.type)]->(b:Entity {id: row.to})
WHERE (row.role IS NULL OR r.role = row.role) AND row.articleId IN coalesce(r.sources, [])
WITH a, b, r, row, [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] <> row.articleId] AS keep
SET r.provenance = [i IN keep | r.provenance[i]], r.sources = [i IN keep | r.sources[i]]
WITH a, b, r, row, size(keep) = 0 AS gone
CALL (a, b, r, gone) {
  WITH a, b, r WHERE gone
  DELETE r
  SET a.connections = a.connections - 1, b.connections = b.connections - 1
  SET a.connSort = right('0000000000' + toString(a.connections), 10) + '\u0001' + a.id,
      b.connSort = right('0000000000' + toString(b.connections), 10) + '\u0001' + b.id
}
RETURN row.type AS type, row.from AS from, row.to AS to, gone AS deleted
