import { HOOD_LIMIT, MAX_HOPS, PATH_LIMIT, type Fixtures } from './fixtures';
import { ENTITY_TYPES, entityRelationshipFields, type RelationshipField } from './neo4j-graphql.fields';
import type { TargetName } from './target';

// The eight questions. Each has one GraphQL request per target, written the way a user of that API
// would write it, and one normaliser per target that reduces the answer to a canonical value; the
// harness refuses to time anything until the three canonical values are equal.
//
// Normalising rules: lists whose order is not part of the question are sorted (plain code-unit order,
// never locale order); lists whose order is the question (a page sorted by name, a timeline) are
// compared in order. Each question's `equivalence` says what exactly is compared and why.

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

/** The `data` of a GraphQL response, untyped: each normaliser states the shape it reads. */
type Data = Record<string, unknown>;

export interface Question {
  id: number;
  name: string;
  /** How the three answers are made comparable (printed with --explain and in the report). */
  equivalence: string;
  requests(f: Fixtures, lucene: { query: string; keys: string[] }): Record<TargetName, GraphQLRequest>;
  normalize: Record<TargetName, (data: Data, f: Fixtures) => unknown>;
}

interface Ref {
  id: string;
  name?: string | null;
}

/** khabar counts a neighbourhood up to this many nodes (find-neighborhood's countCap at limit 500). */
const HOOD_COUNT_CAP = 5000;

const sorted = (xs: string[]) => [...xs].sort();
const refKey = (r: Ref) => `${r.id} ${r.name ?? ''}`;

// ---------------------------------------------------------------------------------------------------
// Q1: an entity by id with its relationships.

/** One inline fragment per entity type, selecting each relationship field whose other end is an entity. */
const RELATIONSHIP_FRAGMENTS = ENTITY_TYPES.map(
  (t) =>
    `... on ${t} { ${entityRelationshipFields(t)
      .map((f) => `${f.field} { id name }`)
      .join(' ')} }`,
).join('\n    ');

const Q1_NEO4J_GRAPHQL = `query Q1($id: ID!) {
  entities(where: { id: { eq: $id } }) {
    __typename id name
    ${RELATIONSHIP_FRAGMENTS}
  }
}`;

function linksFromFields(node: Data & { __typename: string }): string[] {
  return entityRelationshipFields(node.__typename).flatMap((f) =>
    ((node[f.field] as Ref[] | undefined) ?? []).map((o) => `${f.type} ${f.direction} ${refKey(o)}`),
  );
}

const q1: Question = {
  id: 1,
  name: 'entity + relationships',
  equivalence:
    'id, name, and the sorted set of (type, direction, other id, other name) over relationships to other entities. ' +
    '@neo4j/graphql has no generic relationship list: one inline fragment per entity type selects each of its ' +
    'relationship fields whose other end is an entity (read off the type definitions).',
  requests: (f) => ({
    khabar: {
      query: `query Q1($id: ID!) { entity(id: $id) { id name relationships { type direction other { id name } } } }`,
      variables: { id: f.entityId },
    },
    'neo4j-graphql': { query: Q1_NEO4J_GRAPHQL, variables: { id: f.entityId } },
    raw: {
      query: `query Q1($id: ID!) { entity(id: $id) { id name relationships { type direction other { id name } } } }`,
      variables: { id: f.entityId },
    },
  }),
  normalize: {
    khabar: (d) => linkSet(d.entity as LinkedEntity | null),
    raw: (d) => linkSet(d.entity as LinkedEntity | null),
    'neo4j-graphql': (d) => {
      const [node] = d.entities as (Data & { __typename: string; id: string; name: string })[];
      return node ? { id: node.id, name: node.name, links: sorted(linksFromFields(node)) } : null;
    },
  },
};

interface LinkedEntity {
  id: string;
  name: string;
  relationships: { type: string; direction: string; other: Ref }[];
}

function linkSet(e: LinkedEntity | null) {
  if (!e) return null;
  return {
    id: e.id,
    name: e.name,
    links: sorted(e.relationships.map((r) => `${r.type} ${r.direction} ${refKey(r.other)}`)),
  };
}

// ---------------------------------------------------------------------------------------------------
// Q2: organizations of one type, sorted by name, first 20, with totalCount and relationship counts.

const PAGE = 20;
const ORG_ENTITY_FIELDS = entityRelationshipFields('Organization');

/**
 * The library's relationship count is `aggregate { count { edges } }`; on a field whose other end is an
 * interface, 7.6.3 fails it ("Edge variable not defined in Count field ... likely a bug"), so those
 * fields count their connection's edges with `totalCount` (the same number, computed by collecting).
 */
function relationshipCountSelection(f: RelationshipField): string {
  return f.abstract ? `${f.field}Connection { totalCount }` : `${f.field}Connection { aggregate { count { edges } } }`;
}

function relationshipCount(node: Data, f: RelationshipField): number {
  const conn = node[`${f.field}Connection`] as { totalCount?: number; aggregate?: { count: { edges: number } } };
  return f.abstract ? conn.totalCount! : conn.aggregate!.count.edges;
}

const Q2_NEO4J_GRAPHQL = `query Q2($orgType: OrganizationType!, $first: Int!) {
  organizationsConnection(first: $first, where: { orgType: { eq: $orgType } }, sort: [{ name: ASC }, { id: ASC }]) {
    totalCount
    edges { node { id name
      ${ORG_ENTITY_FIELDS.map(relationshipCountSelection).join('\n      ')}
    } }
  }
}`;

interface PageRow {
  id: string;
  name: string;
  count: number;
}

const q2: Question = {
  id: 2,
  name: 'filtered sorted page',
  equivalence:
    'totalCount and the ordered page of (id, name, relationships to other entities). khabar has no count field on ' +
    'list nodes, so it selects `relationships { type }` and the count is the list length; @neo4j/graphql sums ' +
    '`<field>Connection { aggregate { count { edges } } }` (or `totalCount`, see below) over the relationship ' +
    'fields to entities. khabar sorts ' +
    'by lower-cased name, @neo4j/graphql by name as stored (then id): equal unless two names differ only in case.',
  requests: (f) => ({
    khabar: {
      query: `query Q2($types: [OrganizationType!], $first: Int!) {
        organizations(filter: { orgTypes: $types }, first: $first) {
          totalCount edges { node { id name relationships { type } } }
        }
      }`,
      variables: { types: [f.orgType], first: PAGE },
    },
    'neo4j-graphql': { query: Q2_NEO4J_GRAPHQL, variables: { orgType: f.orgType, first: PAGE } },
    raw: {
      query: `query Q2($orgType: String!, $first: Int!) {
        organizationsByType(orgType: $orgType, first: $first) { totalCount nodes { id name relationshipCount } }
      }`,
      variables: { orgType: f.orgType, first: PAGE },
    },
  }),
  normalize: {
    khabar: (d) => {
      const c = d.organizations as { totalCount: number; edges: { node: Ref & { relationships: unknown[] } }[] };
      return page(
        c.totalCount,
        c.edges.map(({ node: n }) => ({ id: n.id, name: n.name ?? '', count: n.relationships.length })),
      );
    },
    'neo4j-graphql': (d) => {
      const c = d.organizationsConnection as { totalCount: number; edges: { node: Data & Ref }[] };
      return page(
        c.totalCount,
        c.edges.map(({ node }) => ({ id: node.id, name: node.name ?? '', count: aggregateEdges(node) })),
      );
    },
    raw: (d) => {
      const c = d.organizationsByType as { totalCount: number; nodes: (Ref & { relationshipCount: number })[] };
      return page(
        c.totalCount,
        c.nodes.map((n) => ({ id: n.id, name: n.name ?? '', count: n.relationshipCount })),
      );
    },
  },
};

function aggregateEdges(node: Data): number {
  return ORG_ENTITY_FIELDS.reduce((sum, f) => sum + relationshipCount(node, f), 0);
}

function page(totalCount: number, rows: PageRow[]) {
  return { totalCount, rows: rows.map((r) => `${r.id} ${r.name} ${r.count}`) };
}

// ---------------------------------------------------------------------------------------------------
// Q3: full-text search, top 10.

const TOP = 10;
const FULLTEXT_QUERIES = {
  people: 'peopleByName',
  organizations: 'organizationsByName',
  places: 'placesByName',
  events: 'eventsByName',
};

const Q3_NEO4J_GRAPHQL = `query Q3($phrase: String!, $first: Int!) {
  ${Object.entries(FULLTEXT_QUERIES)
    .map(
      ([alias, field]) =>
        `${alias}: ${field}(phrase: $phrase, first: $first, sort: [{ score: DESC }, { node: { id: ASC } }]) ` +
        '{ edges { score node { id name } } }',
    )
    .join('\n  ')}
}`;

const q3: Question = {
  id: 3,
  name: 'full-text search top 10',
  equivalence:
    'the entity named exactly as the text, and that it is among the top 10 of every answer (first for khabar and ' +
    'raw). khabar builds its Lucene query from the text server-side (prefixes, fuzzy and phonetic terms); the raw ' +
    'and @neo4j/graphql targets get that same Lucene string from the client. Past the exact hit the lists differ ' +
    'by design: khabar also ranks by name keys, phonetic keys and the offices people hold (a country name finds ' +
    'the holders of its offices), which a Lucene score alone cannot do. @neo4j/graphql has one @fulltext query per ' +
    'type (the index spans four labels): the client asks all four, top 10 each, and merges them by score.',
  requests: (f, lucene) => ({
    khabar: {
      query: `query Q3($text: String!, $first: Int!) {
        search(text: $text, first: $first) { edges { node { id name } } } }`,
      variables: { text: f.searchText, first: TOP },
    },
    'neo4j-graphql': { query: Q3_NEO4J_GRAPHQL, variables: { phrase: lucene.query, first: TOP } },
    raw: {
      query: `query Q3($query: String!, $keys: [String!]!, $first: Int!) {
        search(query: $query, keys: $keys, first: $first) { id name } }`,
      variables: { query: lucene.query, keys: lucene.keys, first: TOP },
    },
  }),
  normalize: {
    khabar: (d, f) =>
      exactHit(
        (d.search as { edges: { node: Ref }[] }).edges.map((e) => e.node),
        f,
        true,
      ),
    'neo4j-graphql': (d, f) => exactHit(mergeByScore(d).slice(0, TOP), f, false),
    raw: (d, f) => exactHit(d.search as Ref[], f, true),
  },
};

/** The hit named exactly as the search text, and where it ranks ('first' or 'top 10'); null when absent. */
function exactHit(hits: Ref[], f: Fixtures, mustBeFirst: boolean): string | null {
  const same = (n: Ref) => (n.name ?? '').toLowerCase() === f.searchText.toLowerCase();
  const at = hits.slice(0, TOP).findIndex(same);
  if (at < 0) return null;
  return mustBeFirst && at > 0 ? `${hits[at]!.id} at ${at + 1}` : hits[at]!.id;
}

/** The four per-type result lists as one ranking, as a client of @neo4j/graphql must merge them. */
function mergeByScore(d: Data): Ref[] {
  const hits = Object.keys(FULLTEXT_QUERIES).flatMap((alias) =>
    (d[alias] as { edges: { score: number; node: Ref }[] }).edges.map((e) => ({ score: e.score, node: e.node })),
  );
  hits.sort((a, b) => b.score - a.score || (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0));
  return hits.map((h) => h.node);
}

// ---------------------------------------------------------------------------------------------------
// Q4: the 2-hop neighbourhood of a hub.

const q4: Question = {
  id: 4,
  name: '2-hop neighbourhood',
  equivalence:
    'the start id, how many nodes came back (start + limit - 1, limit = 500), and reachable (nodes within 2 fact ' +
    `hops): exact below ${HOOD_COUNT_CAP}, "${HOOD_COUNT_CAP}+" from there. khabar walks breadth first and stops ` +
    `counting at ${HOOD_COUNT_CAP} (reachableExact false), as its API documents; the peers count everything. Which ` +
    'others come back is compared when the whole neighbourhood fits in the answer; otherwise khabar returns the ' +
    'nearest levels in the order it reaches them and the peers the nearest first then by id, both correct. ' +
    '@neo4j/graphql has no multi-hop, any-type, distinct, distance-ordered traversal: a @cypher query field runs ' +
    "the raw floor's statement. khabar's neighborhood always computes the edges among the returned nodes as well " +
    '(its API has no nodes-only form).',
  requests: (f) => ({
    khabar: {
      query: `query Q4($id: ID!, $limit: Int!) {
        neighborhood(id: $id, depth: 2, limit: $limit) { reachable reachableExact nodes { id } } }`,
      variables: { id: f.hubId, limit: HOOD_LIMIT },
    },
    'neo4j-graphql': {
      query: `query Q4($id: ID!, $limit: Int!) { twoHopNeighbourhood(id: $id, limit: $limit) { reachable nodeIds } }`,
      variables: { id: f.hubId, limit: HOOD_LIMIT },
    },
    raw: {
      query: `query Q4($id: ID!, $limit: Int!) { twoHopNeighbourhood(id: $id, limit: $limit) { reachable nodeIds } }`,
      variables: { id: f.hubId, limit: HOOD_LIMIT },
    },
  }),
  normalize: {
    khabar: (d) => {
      const n = d.neighborhood as { reachable: number; reachableExact: boolean; nodes: Ref[] } | null;
      if (n && n.reachableExact !== n.reachable < HOOD_COUNT_CAP) return { inconsistent: n };
      return (
        n &&
        hood(
          n.reachable,
          n.nodes.map((x) => x.id),
        )
      );
    },
    'neo4j-graphql': (d) => {
      const n = d.twoHopNeighbourhood as { reachable: number; nodeIds: string[] } | null;
      return n && hood(n.reachable, n.nodeIds);
    },
    raw: (d) => {
      const n = d.twoHopNeighbourhood as { reachable: number; nodeIds: string[] } | null;
      return n && hood(n.reachable, n.nodeIds);
    },
  },
};

function hood(reachable: number, ids: string[]) {
  const [start, ...rest] = ids;
  const whole = reachable + 1 <= ids.length;
  return {
    reachable: reachable < HOOD_COUNT_CAP ? reachable : `${HOOD_COUNT_CAP}+`,
    start,
    returned: ids.length,
    others: whole ? sorted(rest) : `${rest.length} of the nearest (not compared)`,
  };
}

// ---------------------------------------------------------------------------------------------------
// Q5: shortest paths between two entities.

const q5: Question = {
  id: 5,
  name: 'shortest paths',
  equivalence:
    `every shortest path over fact relationships (at most ${MAX_HOPS} hops) as "length: id > id > ...", sorted. ` +
    `The pair is chosen so that all its shortest paths fit in one answer (at most ${PATH_LIMIT}), so no target's ` +
    "arbitrary cut is compared. @neo4j/graphql: a @cypher query field running the raw floor's statement.",
  requests: (f) => {
    const variables = { from: f.pathFromId, to: f.pathToId, maxHops: MAX_HOPS, limit: PATH_LIMIT };
    return {
      khabar: {
        query: `query Q5($from: ID!, $to: ID!, $maxHops: Int!, $limit: Int!) {
          paths(fromId: $from, toId: $to, maxHops: $maxHops, limit: $limit, budget: 200000) {
            paths { length nodes { id } } } }`,
        variables,
      },
      'neo4j-graphql': {
        query: `query Q5($from: ID!, $to: ID!, $maxHops: Int!, $limit: Int!) {
          shortestPaths(fromId: $from, toId: $to, maxHops: $maxHops, limit: $limit) { length nodeIds } }`,
        variables,
      },
      raw: {
        query: `query Q5($from: ID!, $to: ID!, $maxHops: Int!, $limit: Int!) {
          shortestPaths(fromId: $from, toId: $to, maxHops: $maxHops, limit: $limit) { length nodeIds } }`,
        variables,
      },
    };
  },
  normalize: {
    khabar: (d) =>
      pathSet(
        (d.paths as { paths: { length: number; nodes: Ref[] }[] }).paths.map((p) => [
          p.length,
          p.nodes.map((n) => n.id),
        ]),
      ),
    'neo4j-graphql': (d) =>
      pathSet((d.shortestPaths as { length: number; nodeIds: string[] }[]).map((p) => [p.length, p.nodeIds])),
    raw: (d) => pathSet((d.shortestPaths as { length: number; nodeIds: string[] }[]).map((p) => [p.length, p.nodeIds])),
  },
};

function pathSet(paths: [number, string[]][]): string[] {
  return sorted(paths.map(([length, ids]) => `${length}: ${ids.join(' > ')}`));
}

// ---------------------------------------------------------------------------------------------------
// Q6: an event with participants, places and sources.

const q6: Question = {
  id: 6,
  name: 'event detail',
  equivalence:
    'id, name, sorted (role, actor id, actor name), sorted (place id, name), sorted (article title, evidence). ' +
    "Sources are the event's own SOURCED_FROM links (article + evidence).",
  requests: (f) => ({
    khabar: {
      query: `query Q6($id: ID!) { event(id: $id) { id name participants { role actor { id name } } places { id name }
        sources { article { title } evidence } } }`,
      variables: { id: f.eventId },
    },
    'neo4j-graphql': {
      query: `query Q6($id: ID!) { events(where: { id: { eq: $id } }) { id name
        participantsConnection { edges { properties { role } node { id name } } }
        places { id name }
        sourcesConnection { edges { properties { evidence } node { title } } } } }`,
      variables: { id: f.eventId },
    },
    raw: {
      query: `query Q6($id: ID!) { event(id: $id) { id name participants { role actor { id name } } places { id name }
        sources { title evidence } } }`,
      variables: { id: f.eventId },
    },
  }),
  normalize: {
    khabar: (d) => {
      const e = d.event as (Ref & KhabarEvent) | null;
      return (
        e &&
        eventDetail(
          e,
          e.participants.map((p) => `${p.role} ${refKey(p.actor)}`),
          e.places,
          e.sources.map((s) => `${s.article.title} | ${s.evidence ?? ''}`),
        )
      );
    },
    'neo4j-graphql': (d) => {
      const [e] = d.events as (Ref & Neo4jGraphQLEvent)[];
      return (
        e &&
        eventDetail(
          e,
          e.participantsConnection.edges.map((x) => `${x.properties.role} ${refKey(x.node)}`),
          e.places,
          e.sourcesConnection.edges.map((x) => `${x.node.title} | ${x.properties.evidence ?? ''}`),
        )
      );
    },
    raw: (d) => {
      const e = d.event as (Ref & RawEvent) | null;
      return (
        e &&
        eventDetail(
          e,
          e.participants.map((p) => `${p.role} ${refKey(p.actor)}`),
          e.places,
          e.sources.map((s) => `${s.title} | ${s.evidence ?? ''}`),
        )
      );
    },
  },
};

interface KhabarEvent {
  participants: { role: string; actor: Ref }[];
  places: Ref[];
  sources: { article: { title: string }; evidence: string | null }[];
}
interface Neo4jGraphQLEvent {
  participantsConnection: { edges: { properties: { role: string }; node: Ref }[] };
  places: Ref[];
  sourcesConnection: { edges: { properties: { evidence: string | null }; node: { title: string } }[] };
}
interface RawEvent {
  participants: { role: string; actor: Ref }[];
  places: Ref[];
  sources: { title: string; evidence: string | null }[];
}

function eventDetail(e: Ref, participants: string[], places: Ref[], sources: string[]) {
  return {
    id: e.id,
    name: e.name,
    participants: sorted(participants),
    places: sorted(places.map(refKey)),
    sources: sorted(sources),
  };
}

// ---------------------------------------------------------------------------------------------------
// Q7: an actor's timeline.

const TIMELINE_LIMIT = 100;
const ACTOR_TYPES = ['Person', 'Organization', 'Place'];

/** The same relationship field on each actor type: the interface declares none (see the type definitions). */
const Q7_NEO4J_GRAPHQL = `query Q7($id: ID!, $limit: Int!) {
  actors(where: { id: { eq: $id } }) {
    ${ACTOR_TYPES.map(
      (t) =>
        `... on ${t} { participatedIn(limit: $limit, sort: [{ startDate: ASC }, { endDate: ASC }, { id: ASC }]) ` +
        '{ id name startDate } }',
    ).join('\n    ')}
  }
}`;

const q7: Question = {
  id: 7,
  name: 'actor timeline',
  equivalence:
    `the ordered list of (event id, start date), by start date, end date, id; at most ${TIMELINE_LIMIT}. ` +
    'The actor is a ' +
    "person or organization, for which khabar's timeline is exactly the events it took part in (each once, " +
    "whatever its roles; @neo4j/graphql's list fields also return distinct nodes).",
  requests: (f) => ({
    khabar: {
      query: `query Q7($id: ID!, $limit: Int!) { timeline(id: $id, limit: $limit) { event { id name startDate } } }`,
      variables: { id: f.actorId, limit: TIMELINE_LIMIT },
    },
    'neo4j-graphql': {
      query: Q7_NEO4J_GRAPHQL,
      variables: { id: f.actorId, limit: TIMELINE_LIMIT },
    },
    raw: {
      query: `query Q7($id: ID!, $limit: Int!) { timeline(id: $id, limit: $limit) { id name startDate } }`,
      variables: { id: f.actorId, limit: TIMELINE_LIMIT },
    },
  }),
  normalize: {
    khabar: (d) => timeline((d.timeline as { event: Dated }[]).map((t) => t.event)),
    'neo4j-graphql': (d) => {
      const [actor] = d.actors as { participatedIn: Dated[] }[];
      return timeline(actor?.participatedIn ?? []);
    },
    raw: (d) => timeline(d.timeline as Dated[]),
  },
};

interface Dated extends Ref {
  startDate: string;
}

const timeline = (events: Dated[]) => events.map((e) => `${e.startDate} ${e.id}`);

// ---------------------------------------------------------------------------------------------------
// Q8: a dashboard aggregate: events per month of a year.

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** One aggregate count per month (the library has no group-by), plus the year-precision events apart. */
function q8Neo4jGraphql(year: number): string {
  const counts = MONTHS.map(
    (m) =>
      `m${pad(m)}: eventsConnection(where: { ` +
      `startDate: { gte: "${year}-${pad(m)}-01", lte: "${year}-${pad(m)}-${lastDay(year, m)}" }, ` +
      `datePrecision: { in: [DAY, MONTH] } }) { aggregate { count { nodes } } }`,
  );
  const imprecise =
    `imprecise: eventsConnection(where: { startDate: { gte: "${year}-01-01", lte: "${year}-12-31" }, ` +
    `datePrecision: { eq: YEAR } }) { aggregate { count { nodes } } }`;
  return `query Q8 {\n  ${[...counts, imprecise].join('\n  ')}\n}`;
}

const aggregateCount = (d: Data, alias: string) =>
  (d[alias] as { aggregate: { count: { nodes: number } } }).aggregate.count.nodes;

const q8: Question = {
  id: 8,
  name: 'events per month (dashboard)',
  equivalence:
    'twelve monthly counts of events starting that month with a day or month precision, plus the year-precision ' +
    "events of the year (khabar's `imprecise`: they cannot be put in a month). khabar: eventsOverTime(MONTH, " +
    'groupBy NONE); @neo4j/graphql: 13 aliased eventsConnection aggregate counts (no group-by).',
  requests: (f) => ({
    khabar: {
      query: `query Q8($from: LocalDate!, $to: LocalDate!) {
        eventsOverTime(granularity: MONTH, from: $from, to: $to, groupBy: NONE) { series { counts } imprecise } }`,
      variables: { from: `${f.year}-01-01`, to: `${f.year}-12-31` },
    },
    'neo4j-graphql': { query: q8Neo4jGraphql(f.year), variables: {} },
    raw: {
      query: `query Q8($year: Int!) { eventsPerMonth(year: $year) { counts imprecise } }`,
      variables: { year: f.year },
    },
  }),
  normalize: {
    khabar: (d) => {
      const e = d.eventsOverTime as { series: { counts: number[] }[]; imprecise: number };
      return { counts: e.series[0]?.counts ?? MONTHS.map(() => 0), imprecise: e.imprecise };
    },
    'neo4j-graphql': (d) => ({
      counts: MONTHS.map((m) => aggregateCount(d, `m${pad(m)}`)),
      imprecise: aggregateCount(d, 'imprecise'),
    }),
    raw: (d) => d.eventsPerMonth,
  },
};

export const QUESTIONS: Question[] = [q1, q2, q3, q4, q5, q6, q7, q8];
