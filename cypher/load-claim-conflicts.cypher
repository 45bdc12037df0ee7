// load-claim-conflicts
// The claims each claim contradicts, and why: an editor said so (EDITOR, with a note), the two state
// figures of one group that cannot both be true (FIGURES: the engine then compares the values), or one
// is a denial about the other (DENIAL). Batched by claim id.
// Parameters: $ids: string[]
// Returns: key: string, otherId: string, reason: string, note: string?, figureId: string?, otherFigureId: string?
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL (c) {
  MATCH (c)-[r:CONFLICTS_WITH]-(o:Claim)
  RETURN o.id AS otherId, 'EDITOR' AS reason, r.note AS note, null AS figureId, null AS otherFigureId
  UNION
  MATCH (c)-[:STATES]->(f:Figure)
  MATCH (g:Figure {groupKey: f.groupKey})<-[:STATES]-(o:Claim)
  WHERE o <> c AND g <> f
  RETURN o.id AS otherId, 'FIGURES' AS reason, null AS note, f.id AS figureId, g.id AS otherFigureId
  UNION
  MATCH (c)-[:ABOUT]-(o:Claim)
  WHERE c.kind = 'DENIAL' OR o.kind = 'DENIAL'
  RETURN o.id AS otherId, 'DENIAL' AS reason, null AS note, null AS figureId, null AS otherFigureId
}
RETURN c.id AS key, otherId, reason, note, figureId, otherFigureId
ORDER BY otherId, reason
