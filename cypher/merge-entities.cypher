// merge-entities
// Creates or updates named entities (people, organizations, places, events) and links each to the
// article with SOURCED_FROM. Labels come from the server's fixed table (vocabulary.ts labelsFor).
// An existing entity keeps its name and descriptive properties; names and aliases are unioned.
// Parameters: $rows: EntityRow[], $articleId: string, $now: datetime, $by: string
// Returns: id: string, created: bool
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
  ON CREATE SET n.name = row.name, n.createdAt = datetime($now), n.createdBy = $by
SET n:$(row.labels),
    n.aliases = reduce(acc = [], x IN coalesce(n.aliases, []) + row.aliases + CASE WHEN n.name IS NOT NULL AND n.name <> row.name THEN [row.name] ELSE [] END |
                  CASE WHEN x IN acc OR x = coalesce(n.name, row.name) THEN acc ELSE acc + x END),
    n.nameKeys = reduce(acc = [], x IN coalesce(n.nameKeys, []) + row.nameKeys | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    n.startDate = coalesce(n.startDate, date(row.startDate)),
    n.endDate = coalesce(n.endDate, date(row.endDate))
FOREACH (k IN [k IN keys(row.props) WHERE n[k] IS NULL] | SET n[k] = row.props[k])
WITH n, row
MATCH (a:Article {id: $articleId})
MERGE (n)-[s:SOURCED_FROM]->(a)
  ON CREATE SET s += row.source, s.at = datetime($now), s.by = $by
RETURN n.id AS id, n.createdAt = datetime($now) AS created
