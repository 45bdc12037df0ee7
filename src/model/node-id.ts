// Every object with an id says what it is in the id's prefix ("person:…", "claim:…"): the bundle schema
// and the writers give every id one, so a generic lookup (node(id:)) knows where to look without a query.

export type NodeType = 'Person' | 'Organization' | 'Place' | 'Event' | 'Claim' | 'Article' | 'Figure';

const BY_PREFIX: Record<string, NodeType> = {
  person: 'Person',
  org: 'Organization',
  place: 'Place',
  event: 'Event',
  claim: 'Claim',
  article: 'Article',
  figure: 'Figure',
};

/** The type an id names by its prefix; null for an id no object of the graph can have. */
export function nodeTypeOf(id: string): NodeType | null {
  const colon = id.indexOf(':');
  return colon > 0 ? (BY_PREFIX[id.slice(0, colon)] ?? null) : null;
}
