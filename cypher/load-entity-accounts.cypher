// load-entity-accounts
// Every source's account of each entity or event (what its SOURCED_FROM says: description, dates,
// status, and the places of the event this article names), oldest publication first; the fields an
// editor pinned; the values the node shows now; and for each place of the event, the places containing
// it (two accounts naming a district and its province agree). Batched by id; read by the API and by
// the engine after a write, to choose the values shown (model/account.model.ts).
// Parameters: $ids: string[]
// Returns: key: string, pinned: string[]?, current: {description?: string, startDate?: date, endDate?: date,
//     datePrecision?: DatePrecision, ongoing?: bool, status?: string},
//   accounts: AccountRow[], places: {id: string, within: string[]}[]
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id AS key, n.pinned AS pinned,
       n {.description, .startDate, .endDate, .datePrecision, .ongoing, .status} AS current,
       COLLECT {
         MATCH (n)-[s:SOURCED_FROM]->(a:Article)
         RETURN s {.*, articleId: a.id, publishedDate: a.publishedDate,
                   placeIds: [(n)-[r:OCCURRED_IN]->(p:Place) WHERE a.id IN r.sources | p.id]} AS account
         ORDER BY a.publishedDate, a.id
       } AS accounts,
       COLLECT {
         MATCH (n)-[:OCCURRED_IN]->(p:Place)
         RETURN {id: p.id, within: [(p)-[:WITHIN*1..6]->(x:Place) | x.id]} AS place
       } AS places
