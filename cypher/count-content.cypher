// count-content
// How much knowledge the graph holds (entities and articles, from the count store: no scan). The seeder
// loads only a graph without any; bookkeeping nodes (migrations, name keys) do not count.
// Parameters: none
// Returns: entities: int, articles: int
RETURN COUNT { (:Entity) } AS entities, COUNT { (:Article) } AS articles
