// expand-path-frontier
// One step of the path search: every fact relationship of the frontier's nodes (by element id, a
// direct seek each) and the node at its other end. The types are listed (every fact relationship;
// not provenance links, mentions or name keys) so a hub's thousands of SOURCED_FROM and MENTIONS are
// never read; a soft-deleted entity is not walked through. At most $cap rows: the search's budget
// left, so a hub costs what the budget allows and no more.
// Parameters: $ids: string[], $cap: int
// Returns: from: string, rel: string, to: string
UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
MATCH (n)-[r:WITHIN|BORDERS|PART_OF|OCCURRED_IN|MEMBER_OF|GOVERNS|BASED_IN|OPERATES_IN|SPEAKS_FOR|ALLIED_WITH|OPPOSES|
           PARTICIPATED_IN|HOLDS|OFFICE_OF|ASSERTS|DENIES|ABOUT|STATES|FOR_PLACE|COUNTS]-(m)
WHERE NOT m:Deleted
RETURN id AS from, elementId(r) AS rel, elementId(m) AS to
LIMIT $cap
