// merge-entities
// Creates or updates named entities (people, organizations, places, events) and links each to its
// article with SOURCED_FROM, which holds the article's account (description, an event's dates and
// status as this article gives them). Labels come from the server's fixed table (vocabulary.ts
// labelsFor). An existing entity keeps its name and kind properties (a revision or a correction, row.replace, sets them
// and replaces its article's account, keeping an editor's preferred marks); the values shown by default
// are chosen among the accounts afterwards (set-entity-values), from the accounts, pinned fields and
// current values this query returns (as load-entity-accounts does, without a second round trip). Names, aliases and name keys are unioned,
// and every key gets its (:NameKey {id: kind|key})-[:NAMES]-> link, the index entity resolution and
// mention linking read. Sort keys (nameSort, startSort, connSort) are set for index-ordered lists,
// nameText (every key between bars) for name filters through its text index.
// Each merge counts as a write in the entity's version.
// Parameters: $rows: EntityRow[], $now: datetime, $by: string
// Returns: id: string, fact: string, created: bool, updated: bool, pinned: string[]?,
//   current: {description?: string, startDate?: date, endDate?: date, datePrecision?: DatePrecision, ongoing?: bool,
//     status?: string},
//   accounts: AccountRow[]
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
  ON CREATE SET n.name = row.name, n.createdAt = datetime($now), n.createdBy = $by, n.connections = 0,
                n.nameSort = toLower(row.name) + '\u0001' + row.id,
                n.connSort = '0000000000\u0001' + row.id
SET n:$(row.labels),
    n.aliases = reduce(acc = [], x IN coalesce(n.aliases, []) + row.aliases +
                       CASE WHEN n.name <> row.name THEN [row.name] ELSE [] END |
                  CASE WHEN x IN acc OR x = n.name THEN acc ELSE acc + x END),
    n.nameKeys = reduce(acc = [], x IN coalesce(n.nameKeys, []) + row.nameKeys | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    n.startDate = coalesce(n.startDate, date(row.startDate)),
    n.endDate = coalesce(n.endDate, date(row.endDate)),
    n.version = coalesce(n.version, 0) + 1
FOREACH (k IN [k IN keys(row.props) WHERE n[k] IS NULL OR coalesce(row.replace, false)] | SET n[k] = row.props[k])
SET n.nameText = reduce(t = '|', k IN n.nameKeys | t + k + '|'),
    n.startSort = CASE WHEN n.startDate IS NULL THEN null ELSE toString(n.startDate) + '\u0001' + n.id END
WITH n, row
CALL (n, row) {
  UNWIND row.nameKeys AS key
  MERGE (k:NameKey {id: n.kind + '|' + key})
  MERGE (k)-[:NAMES]->(n)
}
WITH n, row
MATCH (a:Article {id: row.articleId})
MERGE (n)-[s:SOURCED_FROM]->(a)
  ON CREATE SET s += row.source, s += coalesce(row.account, {}), s.at = datetime($now), s.by = $by
WITH n, row, s, s.at = datetime($now) AS fresh
CALL (s, row, fresh) {
  WITH s, row WHERE coalesce(row.replace, false) AND NOT fresh
  WITH s, row, s.preferred AS preferred
  SET s = row.source
  SET s += coalesce(row.account, {}), s.preferred = preferred, s.at = datetime($now), s.by = $by
}
RETURN n.id AS id, coalesce(row.fact, n.id) AS fact, n.createdAt = datetime($now) AS created,
       coalesce(row.replace, false) AND NOT fresh AS updated, n.pinned AS pinned,
       n {.description, .startDate, .endDate, .datePrecision, .ongoing, .status} AS current,
       COLLECT {
         MATCH (n)-[x:SOURCED_FROM]->(art:Article)
         RETURN x {.*, articleId: art.id, publishedDate: art.publishedDate, placeIds: []} AS account
         ORDER BY art.publishedDate, art.id
       } AS accounts
