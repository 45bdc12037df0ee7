import { cypher } from './test-db';

// A fact from an article, written by hand from the article text, and how to find it in the graph.
export type FactCheck = {
  says: string;
  check:
    | { kind: 'entity'; id: string; name?: string; alias?: string }
    | { kind: 'participant'; event: string; actor: string; role: string }
    | { kind: 'eventPlace'; event: string; place: string }
    | { kind: 'eventDate'; event: string; start: string; end?: string; precision: 'DAY' | 'MONTH' | 'YEAR' }
    | { kind: 'partOf'; event: string; parent: string }
    | { kind: 'position'; person: string; office: string; organization: string }
    | { kind: 'claim'; claim: string; speaker: string; stance: 'ASSERTS' | 'DENIES'; quoteIncludes?: string }
    | {
        kind: 'figure';
        /** Absent for an event figure the article gives in its own voice. */
        claim?: string;
        metric: string;
        value?: number;
        low?: number;
        best?: number;
        high?: number;
        place?: string;
        event?: string;
        periodStart?: string;
        periodEnd?: string;
      }
    | { kind: 'relationship'; type: string; from: string; to: string };
};

/** Relationship provenance lists the article, or the node links to it with SOURCED_FROM. */
const relSourced = (r: string) => `$article IN coalesce(${r}.sources, [])`;
const nodeSourced = (n: string) => `EXISTS { (${n})-[:SOURCED_FROM]->(:Article {id: $article}) }`;

/** Returns null when the fact is in the graph with the article as source, else what was wrong. */
export async function checkFact(articleId: string, fact: FactCheck): Promise<string | null> {
  const c = fact.check;
  const p = { ...c, article: articleId } as Record<string, unknown>;
  let rows: Record<string, unknown>[];
  switch (c.kind) {
    case 'entity':
      rows = await cypher(
        `MATCH (n:Entity {id: $id}) RETURN n.name AS name, n.aliases AS aliases, ${nodeSourced('n')} AS sourced`,
        p,
      );
      if (!rows[0]) return 'no such entity';
      if (!rows[0].sourced) return 'entity not linked to the article';
      if (c.name && rows[0].name !== c.name) return `name is ${rows[0].name}`;
      if (c.alias && !(rows[0].aliases as string[]).includes(c.alias) && rows[0].name !== c.alias)
        return `alias ${c.alias} missing (has ${rows[0].aliases})`;
      return null;
    case 'participant':
      rows = await cypher(
        `MATCH (:Entity {id: $actor})-[r:PARTICIPATED_IN {role: $role}]->(:Event {id: $event}) RETURN
          ${relSourced('r')} AS sourced`,
        p,
      );
      break;
    case 'eventPlace':
      rows = await cypher(
        `MATCH (:Event {id: $event})-[r:OCCURRED_IN]->(:Place {id: $place}) RETURN ${relSourced('r')} AS sourced`,
        p,
      );
      break;
    case 'eventDate':
      rows = await cypher(
        `MATCH (e:Event {id: $event}) WHERE e.startDate = date($start) AND ($end IS NULL OR e.endDate = date($end))
          AND e.datePrecision = $precision
         RETURN ${nodeSourced('e')} AS sourced`,
        { end: null, ...p },
      );
      break;
    case 'partOf':
      rows = await cypher(
        `MATCH (:Event {id: $event})-[r:PART_OF]->(:Event {id: $parent}) RETURN ${relSourced('r')} AS sourced`,
        p,
      );
      break;
    case 'position':
      rows = await cypher(
        `MATCH (:Person {id: $person})-[h:HOLDS]->(:Office {id: $office})-[:OFFICE_OF]->(:Entity {id: $organization})
          RETURN ${relSourced('h')} AS sourced`,
        p,
      );
      break;
    case 'claim':
      rows = await cypher(
        `MATCH (:Entity {id: $speaker})-[s]->(c:Claim {id: $claim}) WHERE type(s) = $stance
           AND ($quoteIncludes IS NULL OR s.quote CONTAINS $quoteIncludes)
         RETURN ${relSourced('s')} AND ${nodeSourced('c')} AS sourced`,
        { quoteIncludes: null, ...p },
      );
      break;
    case 'figure':
      rows = await cypher(
        `MATCH (f:Figure {metric: $metric})
         WHERE ($claim IS NULL OR EXISTS { (:Claim {id: $claim})-[:STATES]->(f) })
           AND ($value IS NULL OR f.value = $value) AND ($low IS NULL OR f.low = $low)
           AND ($best IS NULL OR f.best = $best) AND ($high IS NULL OR f.high = $high)
           AND ($place IS NULL OR EXISTS { (f)-[:FOR_PLACE]->(:Place {id: $place}) })
           AND ($event IS NULL OR EXISTS { (f)-[:COUNTS]->(:Event {id: $event}) })
           AND ($periodStart IS NULL OR f.periodStart = date($periodStart))
           AND ($periodEnd IS NULL OR f.periodEnd = date($periodEnd))
         RETURN ${nodeSourced('f')} AS sourced`,
        {
          claim: null,
          value: null,
          low: null,
          best: null,
          high: null,
          place: null,
          event: null,
          periodStart: null,
          periodEnd: null,
          ...p,
        },
      );
      break;
    case 'relationship':
      rows = await cypher(
        `MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type RETURN ${relSourced('r')} AS
          sourced`,
        p,
      );
      break;
  }
  if (!rows.length) return 'not in the graph';
  if (!rows.some((r) => r.sourced)) return 'in the graph but not sourced from the article';
  return null;
}
