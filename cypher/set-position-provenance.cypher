// set-position-provenance
// Sets a position's sources and provenance records as the engine rewrote them (an editor's correction:
// the cited source's record holds the corrected dates and is the preferred one); the dates shown are
// chosen again from them. Returns what load-position-accounts returns.
// Parameters: $personId: string, $officeId: string, $sources: string[], $provenance: string[], $now: datetime,
//   $by: string
// Returns: personId: string, officeId: string, provenance: string[], published: date[], startDate: date?,
//   endDate: date?, asOf: date?
MATCH (:Person {id: $personId})-[h:HOLDS]->(:Office {id: $officeId})
SET h.sources = $sources, h.provenance = $provenance, h.updatedAt = datetime($now), h.updatedBy = $by
RETURN $personId AS personId, $officeId AS officeId, h.provenance AS provenance,
       COLLECT {
         UNWIND h.sources AS s
         OPTIONAL MATCH (a:Article {id: s})
         RETURN coalesce(a.publishedDate, date('0001-01-01'))
       } AS published,
       h.startDate AS startDate, h.endDate AS endDate, h.asOf AS asOf
