import neo4j, { type Driver } from 'neo4j-driver';
import { serveApollo } from './apollo.server';
import { SHORTEST_PATHS, TWO_HOP_NEIGHBOURHOOD } from './custom.cypher';
import { openDriver } from './driver';
import type { Neo4jConnection, RunningTarget } from './target';

// The floor: a hand-written SDL with one field per question and ONE hand-written Cypher query behind
// each, parameters only. Resolvers hand the driver's rows back as plain JSON; nested fields use
// GraphQL's default resolvers. Nothing here is clever beyond choosing a sensible query shape, so the
// numbers say what the database and one Apollo round trip cost for each answer.

const SDL = /* GraphQL */ `
  type Ref {
    id: ID!
    name: String
  }
  type Link {
    type: String!
    direction: String!
    other: Ref!
  }
  type EntityLinks {
    id: ID!
    name: String!
    relationships: [Link!]!
  }
  type CountedNode {
    id: ID!
    name: String!
    relationshipCount: Int!
  }
  type NodePage {
    totalCount: Int!
    nodes: [CountedNode!]!
  }
  type Hit {
    id: ID!
    name: String!
  }
  type Neighbourhood {
    reachable: Int!
    nodeIds: [ID!]!
  }
  type Path {
    length: Int!
    nodeIds: [ID!]!
  }
  type Participant {
    role: String!
    actor: Ref!
  }
  type SourceRef {
    title: String!
    evidence: String
  }
  type EventDetail {
    id: ID!
    name: String!
    participants: [Participant!]!
    places: [Ref!]!
    sources: [SourceRef!]!
  }
  type TimelineEvent {
    id: ID!
    name: String!
    startDate: String!
  }
  type MonthCounts {
    counts: [Int!]!
    imprecise: Int!
  }

  type Query {
    entity(id: ID!): EntityLinks
    organizationsByType(orgType: String!, first: Int!): NodePage!
    search(query: String!, keys: [String!]!, first: Int!): [Hit!]!
    twoHopNeighbourhood(id: ID!, limit: Int!): Neighbourhood
    shortestPaths(fromId: ID!, toId: ID!, maxHops: Int!, limit: Int!): [Path!]!
    event(id: ID!): EventDetail
    timeline(id: ID!, limit: Int!): [TimelineEvent!]!
    eventsPerMonth(year: Int!): MonthCounts!
  }
`;

/** Q1: the entity and each relationship to another entity, with the other end's id and name. */
const ENTITY = `
MATCH (n:Entity {id: $id})
RETURN n.id AS id, n.name AS name,
       COLLECT { MATCH (n)-[r]-(m:Entity)
                 RETURN {type: type(r), direction: CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END,
                         other: {id: m.id, name: m.name}} } AS relationships`;

/** Q2: one page by name (case-insensitive, then id), its total, and each node's relationships to entities. */
const ORGANIZATIONS_BY_TYPE = `
CALL () { MATCH (n:Organization {orgType: $orgType}) RETURN count(n) AS totalCount }
CALL () {
  MATCH (n:Organization {orgType: $orgType})
  WITH n ORDER BY toLower(n.name), n.id LIMIT $first
  RETURN collect({id: n.id, name: n.name, relationshipCount: COUNT { (n)--(:Entity) }}) AS nodes
}
RETURN totalCount, nodes`;

/** Q3: the entity_names index; an entity known by the exact normalised text ranks first, as in khabar. */
const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: 1000}) YIELD node, score
WHERE node:Entity
WITH node, score + CASE WHEN any(k IN $keys WHERE k IN node.nameKeys) THEN 100.0 ELSE 0.0 END AS rank
ORDER BY rank DESC, node.id
LIMIT $first
RETURN node.id AS id, node.name AS name`;

// Q4 and Q5: TWO_HOP_NEIGHBOURHOOD and SHORTEST_PATHS, shared with @neo4j/graphql's @cypher fields.

/**
 * Q6: an event with its participants, places and sources, in one read. The lookup goes through
 * :Entity, whose id is the indexed one (a bare (:Event {id}) scans every event).
 */
const EVENT = `
MATCH (e:Entity {id: $id}) WHERE e:Event
RETURN e.id AS id, e.name AS name,
       COLLECT { MATCH (a:Actor)-[r:PARTICIPATED_IN]->(e)
                 RETURN {role: r.role, actor: {id: a.id, name: a.name}} } AS participants,
       COLLECT { MATCH (e)-[:OCCURRED_IN]->(p:Place) RETURN {id: p.id, name: p.name} } AS places,
       COLLECT { MATCH (e)-[s:SOURCED_FROM]->(art:Article)
                 RETURN {title: art.title, evidence: s.evidence} } AS sources`;

/** Q7: the events an actor took part in, each once, by start, end, id (khabar's timeline order). */
const TIMELINE = `
MATCH (:Entity {id: $id})-[:PARTICIPATED_IN]->(ev:Event)
WITH DISTINCT ev
ORDER BY ev.startDate, ev.endDate, ev.id
LIMIT $limit
RETURN ev.id AS id, ev.name AS name, toString(ev.startDate) AS startDate`;

/**
 * Q8: events starting in the year; day- and month-precision ones per month, year-precision ones apart
 * (they cannot be put in a month), as khabar's eventsOverTime counts them.
 */
const EVENTS_PER_MONTH = `
MATCH (ev:Event)
WHERE ev.startDate >= date({year: $year, month: 1, day: 1}) AND ev.startDate < date({year: $year + 1, month: 1, day: 1})
WITH ev.datePrecision IN ['DAY', 'MONTH'] AS placed, ev.startDate.month AS month
WITH collect(CASE WHEN placed THEN month END) AS months, count(*) - count(CASE WHEN placed THEN 1 END) AS imprecise
RETURN [m IN range(1, 12) | size([x IN months WHERE x = m])] AS counts, imprecise`;

type Args = Record<string, unknown>;

/** Driver values as plain JSON: integers as numbers, temporal values as ISO strings. */
function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value === null || typeof value !== 'object') return value;
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return value.toString();
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
}

/** Integer arguments go to Cypher as Neo4j integers (LIMIT and slices refuse floats). */
function withInts(args: Args, names: string[]): Args {
  const out = { ...args };
  for (const n of names) out[n] = neo4j.int(Number(args[n]));
  return out;
}

function createResolvers(driver: Driver, database: string) {
  const rows = async (query: string, params: Args) => {
    const { records } = await driver.executeQuery(query, params, { database, routing: neo4j.routing.READ });
    return records.map((r) => toPlain(r.toObject()) as Args);
  };
  const one = async (query: string, params: Args) => (await rows(query, params))[0] ?? null;
  return {
    Query: {
      entity: (_: unknown, a: Args) => one(ENTITY, a),
      organizationsByType: (_: unknown, a: Args) => one(ORGANIZATIONS_BY_TYPE, withInts(a, ['first'])),
      search: (_: unknown, a: Args) => rows(SEARCH, withInts(a, ['first'])),
      twoHopNeighbourhood: async (_: unknown, a: Args) =>
        (await one(TWO_HOP_NEIGHBOURHOOD, withInts(a, ['limit'])))?.hood,
      shortestPaths: async (_: unknown, a: Args) =>
        (await rows(SHORTEST_PATHS, withInts(a, ['maxHops', 'limit']))).map((r) => r.path),
      event: (_: unknown, a: Args) => one(EVENT, a),
      timeline: (_: unknown, a: Args) => rows(TIMELINE, withInts(a, ['limit'])),
      eventsPerMonth: (_: unknown, a: Args) => one(EVENTS_PER_MONTH, withInts(a, ['year'])),
    },
  };
}

export async function startRawTarget(conn: Neo4jConnection): Promise<RunningTarget> {
  const driver = await openDriver(conn);
  return serveApollo(
    { typeDefs: SDL, resolvers: createResolvers(driver, conn.database) },
    () => Promise.resolve({}),
    () => driver.close(),
  );
}
