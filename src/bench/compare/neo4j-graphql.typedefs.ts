import { SHORTEST_PATHS, TWO_HOP_NEIGHBOURHOOD } from './custom.cypher';

// khabar's graph model (docs/model.md) as @neo4j/graphql 7 type definitions, over the same stored data.
//
// Choices worth knowing when reading the comparison:
// - Entity and Actor are GraphQL interfaces. @neo4j/graphql resolves an interface by the labels of its
//   implementing types (one UNION branch per type), never by the `Entity`/`Actor` labels themselves.
//   They carry scalars only: a relationship declared on an interface (@declareRelationship) gives every
//   implementing type the interface's connection type, which in 7.6 has no `aggregate` and whose edge
//   properties become a union needing inline fragments.
// - Each entity type also has the `Entity` label in @node: khabar's only id index is the uniqueness
//   constraint on (:Entity).id, and `MATCH (this:Person:Entity) WHERE this.id = $id` can use it where
//   `MATCH (this:Person)` would scan every person.
// - A country is a `Place` (its `Country` and `Actor` labels are not a separate type): a `Country` type
//   beside `Place` would make every country match two union branches and come back twice from any
//   interface query. So `Place` implements `Actor`; for non-country places those lists are empty.
// - Relationship-property types mirror what is stored: relationship `startDate`/`endDate` are strings
//   on fact relationships (the ingest writes the partial date as given) but dates on HOLDS.
// - Every list field is nullable-safe where the stored property may be absent (Neo4j stores no nulls),
//   so a missing property never fails a whole response.
// - `@cypher` is used only for what the library has no native feature for: shortest paths and a
//   distance-ordered, capped 2-hop neighbourhood over "every fact relationship type".
// - The schema is read-only (`@mutation(operations: [])`): the comparison is about reads.

const ENUMS = /* GraphQL */ `
  enum EntityKind {
    PERSON
    ORGANIZATION
    PLACE
    EVENT
  }
  enum DatePrecision {
    DAY
    MONTH
    YEAR
  }
  enum DateCertainty {
    STATED
    INFERRED
  }
  enum Basis {
    ARTICLE
    GENERAL_KNOWLEDGE
    INFERENCE
  }
  enum FigureScope {
    AGGREGATE
    EVENT
  }
  enum ClaimKind {
    STATEMENT
    ACCUSATION
    DENIAL
    STATISTIC
    WARNING
    PLEDGE
    DEMAND
    REPORT
  }
  enum ParticipantRole {
    PARTY
    MEDIATOR
    HOST
    SIGNATORY
    DELEGATION_HEAD
    DELEGATION_MEMBER
    ATTACKER
    TARGET
    VICTIM
    SPEAKER
    ORGANIZER
    OBSERVER
  }
  enum OrganizationType {
    GOVERNMENT
    MINISTRY
    MILITARY
    PARAMILITARY
    POLICE
    INTELLIGENCE
    PRESS_OFFICE
    MILITANT_GROUP
    POLITICAL_PARTY
    MEDIA
    STATE_MEDIA
    NEWS_AGENCY
    INTERGOVERNMENTAL
    NGO
    OTHER
  }
  enum PlaceType {
    COUNTRY
    PROVINCE
    DISTRICT
    CITY
    REGION
    AREA
    BORDER
    BORDER_CROSSING
  }
  enum EventType {
    BATTLES
    EXPLOSIONS_REMOTE_VIOLENCE
    VIOLENCE_AGAINST_CIVILIANS
    PROTESTS
    RIOTS
    STRATEGIC_DEVELOPMENTS
    DIPLOMACY
    COMMUNICATION
  }
`;

// Event sub-types are kept as strings: the vocabulary is long and nothing here filters on it.

const RELATIONSHIP_PROPERTIES = /* GraphQL */ `
  "Provenance lists of a fact relationship (WITHIN, BORDERS, PART_OF, GOVERNS, OCCURRED_IN, ABOUT, ...)."
  type Fact @relationshipProperties {
    sources: [String!]
    provenance: [String!]
    startDate: String
    endDate: String
    note: String
    createdAt: DateTime
  }
  type Participation @relationshipProperties {
    role: ParticipantRole!
    note: String
    sources: [String!]
    provenance: [String!]
    createdAt: DateTime
  }
  type Tenure @relationshipProperties {
    startDate: Date
    endDate: Date
    asOf: Date
    sources: [String!]
    provenance: [String!]
    createdAt: DateTime
  }
  "ASSERTS and DENIES."
  type Stance @relationshipProperties {
    date: Date
    datePrecision: DatePrecision
    quote: String
    via: String
    sources: [String!]
    provenance: [String!]
    createdAt: DateTime
  }
  "SOURCED_FROM: a node fact and the article reporting it."
  type Source @relationshipProperties {
    basis: Basis!
    attribution: String
    evidence: String
    reportedBy: String
    note: String
    at: DateTime
    by: String
  }
  type Mention @relationshipProperties {
    start: Float!
    end: Float!
    surface: String!
    matchedName: String
    ambiguous: Boolean
    alternatives: [String!]
    method: String
    at: DateTime
    by: String
  }
`;

/** Fields every entity type repeats (interfaces in @neo4j/graphql 7 are not inherited). */
const ENTITY_FIELDS = /* GraphQL */ `
    id: ID!
    kind: EntityKind!
    name: String!
    aliases: [String!]
    nameKeys: [String!]
    description: String
    createdAt: DateTime
    createdBy: String
    sources: [Article!]! @relationship(type: "SOURCED_FROM", direction: OUT, properties: "Source")
    claimsAbout: [Claim!]! @relationship(type: "ABOUT", direction: IN, properties: "Fact")
    mentionedIn: [Article!]! @relationship(type: "MENTIONS", direction: IN, properties: "Mention")
`;

/** Fields every actor type repeats: people, organizations and (country) places. */
const ACTOR_FIELDS = /* GraphQL */ `
    participatedIn: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Participation")
    asserts: [Claim!]! @relationship(type: "ASSERTS", direction: OUT, properties: "Stance")
    denies: [Claim!]! @relationship(type: "DENIES", direction: OUT, properties: "Stance")
    alliedWith: [Actor!]! @relationship(type: "ALLIED_WITH", direction: OUT, properties: "Fact")
    alliedWithBy: [Actor!]! @relationship(type: "ALLIED_WITH", direction: IN, properties: "Fact")
    opposes: [Actor!]! @relationship(type: "OPPOSES", direction: OUT, properties: "Fact")
    opposedBy: [Actor!]! @relationship(type: "OPPOSES", direction: IN, properties: "Fact")
`;

/** The entity_names full-text index (cypher/schema/003-fulltext.cypher), declared per type. */
function fulltext(queryName: string): string {
  return `@fulltext(indexes: [{ indexName: "entity_names", queryName: "${queryName}", fields: ["name"] }])`;
}

const INTERFACES = /* GraphQL */ `
  interface Entity {
    id: ID!
    kind: EntityKind!
    name: String!
    aliases: [String!]
    nameKeys: [String!]
    description: String
  }
  interface Actor {
    id: ID!
    kind: EntityKind!
    name: String!
  }
  "What a claim may be about: an entity or another claim."
  union Subject = Person | Organization | Place | Event | Claim
  "What an article may be the source of."
  union Sourced = Person | Organization | Place | Event | Claim | Figure
`;

const ENTITY_TYPES = /* GraphQL */ `
  type Person implements Entity & Actor @node(labels: ["Person", "Entity"]) ${fulltext('peopleByName')} {
    ${ENTITY_FIELDS}
    ${ACTOR_FIELDS}
    holds: [Office!]! @relationship(type: "HOLDS", direction: OUT, properties: "Tenure")
    memberOf: [Organization!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "Fact")
    basedIn: [Place!]! @relationship(type: "BASED_IN", direction: OUT, properties: "Fact")
    speaksFor: [Entity!]! @relationship(type: "SPEAKS_FOR", direction: OUT, properties: "Fact")
  }

  type Organization implements Entity & Actor
    @node(labels: ["Organization", "Entity"])
    ${fulltext('organizationsByName')} {
    ${ENTITY_FIELDS}
    ${ACTOR_FIELDS}
    orgType: OrganizationType!
    partOf: [Organization!]! @relationship(type: "PART_OF", direction: OUT, properties: "Fact")
    units: [Organization!]! @relationship(type: "PART_OF", direction: IN, properties: "Fact")
    members: [Person!]! @relationship(type: "MEMBER_OF", direction: IN, properties: "Fact")
    governs: [Place!]! @relationship(type: "GOVERNS", direction: OUT, properties: "Fact")
    basedIn: [Place!]! @relationship(type: "BASED_IN", direction: OUT, properties: "Fact")
    operatesIn: [Place!]! @relationship(type: "OPERATES_IN", direction: OUT, properties: "Fact")
    speaksFor: [Entity!]! @relationship(type: "SPEAKS_FOR", direction: OUT, properties: "Fact")
    spokespeople: [Actor!]! @relationship(type: "SPEAKS_FOR", direction: IN, properties: "Fact")
    offices: [Office!]! @relationship(type: "OFFICE_OF", direction: IN)
  }

  "A place; a COUNTRY place (labels Place:Country:Actor) also acts."
  type Place implements Entity & Actor @node(labels: ["Place", "Entity"]) ${fulltext('placesByName')} {
    ${ENTITY_FIELDS}
    ${ACTOR_FIELDS}
    placeType: PlaceType!
    countryCode: String
    within: [Place!]! @relationship(type: "WITHIN", direction: OUT, properties: "Fact")
    contains: [Place!]! @relationship(type: "WITHIN", direction: IN, properties: "Fact")
    borders: [Place!]! @relationship(type: "BORDERS", direction: OUT, properties: "Fact")
    borderedBy: [Place!]! @relationship(type: "BORDERS", direction: IN, properties: "Fact")
    governedBy: [Organization!]! @relationship(type: "GOVERNS", direction: IN, properties: "Fact")
    basedHere: [Actor!]! @relationship(type: "BASED_IN", direction: IN, properties: "Fact")
    operatingHere: [Organization!]! @relationship(type: "OPERATES_IN", direction: IN, properties: "Fact")
    spokespeople: [Actor!]! @relationship(type: "SPEAKS_FOR", direction: IN, properties: "Fact")
    events: [Event!]! @relationship(type: "OCCURRED_IN", direction: IN, properties: "Fact")
    figures: [Figure!]! @relationship(type: "FOR_PLACE", direction: IN)
    offices: [Office!]! @relationship(type: "OFFICE_OF", direction: IN)
  }

  type Event implements Entity @node(labels: ["Event", "Entity"]) ${fulltext('eventsByName')} {
    ${ENTITY_FIELDS}
    eventType: EventType!
    subType: String!
    startDate: Date!
    endDate: Date!
    datePrecision: DatePrecision!
    ongoing: Boolean
    participants: [Actor!]! @relationship(type: "PARTICIPATED_IN", direction: IN, properties: "Participation")
    places: [Place!]! @relationship(type: "OCCURRED_IN", direction: OUT, properties: "Fact")
    partOf: [Event!]! @relationship(type: "PART_OF", direction: OUT, properties: "Fact")
    parts: [Event!]! @relationship(type: "PART_OF", direction: IN, properties: "Fact")
    figures: [Figure!]! @relationship(type: "COUNTS", direction: IN)
  }
`;

const OTHER_TYPES = /* GraphQL */ `
  "An office, shared by every holder; HOLDS carries the sources."
  type Office @node {
    id: ID!
    name: String!
    aliases: [String!]
    createdAt: DateTime
    holders: [Person!]! @relationship(type: "HOLDS", direction: IN, properties: "Tenure")
    officeOf: [Actor!]! @relationship(type: "OFFICE_OF", direction: OUT)
  }

  type Claim @node {
    id: ID!
    kind: ClaimKind!
    text: String!
    date: Date
    datePrecision: DatePrecision
    quotes: [String!]
    createdAt: DateTime
    assertedBy: [Actor!]! @relationship(type: "ASSERTS", direction: IN, properties: "Stance")
    deniedBy: [Actor!]! @relationship(type: "DENIES", direction: IN, properties: "Stance")
    about: [Subject!]! @relationship(type: "ABOUT", direction: OUT, properties: "Fact")
    claimsAbout: [Claim!]! @relationship(type: "ABOUT", direction: IN, properties: "Fact")
    figures: [Figure!]! @relationship(type: "STATES", direction: OUT)
    sources: [Article!]! @relationship(type: "SOURCED_FROM", direction: OUT, properties: "Source")
  }

  type Figure @node {
    id: ID!
    metric: String!
    value: Float
    low: Float
    best: Float
    high: Float
    approximation: String
    unit: String!
    scope: FigureScope!
    periodStart: Date
    periodEnd: Date
    periodPrecision: DatePrecision
    qualifier: String
    claim: [Claim!]! @relationship(type: "STATES", direction: IN)
    place: [Place!]! @relationship(type: "FOR_PLACE", direction: OUT)
    event: [Event!]! @relationship(type: "COUNTS", direction: OUT)
    sources: [Article!]! @relationship(type: "SOURCED_FROM", direction: OUT, properties: "Source")
  }

  type Article @node {
    id: ID!
    title: String!
    publisher: String
    publishedDate: Date!
    datePrecision: DatePrecision
    dateCertainty: DateCertainty
    dateNote: String
    url: String
    language: String
    mentions: [Entity!]! @relationship(type: "MENTIONS", direction: OUT, properties: "Mention")
    reports: [Sourced!]! @relationship(type: "SOURCED_FROM", direction: IN, properties: "Source")
  }
`;

// The custom query fields take the raw floor's statements verbatim (./custom.cypher), so that on these two
// questions the only difference between the two targets is the library. The statements use only their
// field arguments as parameters. (A lesson on the way: with a shortest-path filter written on a list
// projected by WITH, Neo4j finds the shortest paths over every relationship type first and then drops
// them, answering nothing when an article is the short cut; the type union in the pattern avoids that.)
const CUSTOM_QUERIES = /* GraphQL */ `
  "A shortest path as the ids of its nodes, in walk order."
  type PathIds {
    length: Int!
    nodeIds: [ID!]!
  }
  "Ids of the nodes within two fact hops, nearest first (then by id), capped at limit; reachable counts all."
  type NeighbourhoodIds {
    reachable: Int!
    nodeIds: [ID!]!
  }

  type Query {
    "Every shortest path (at most maxHops) over fact relationships: no native equivalent in the library."
    shortestPaths(fromId: ID!, toId: ID!, maxHops: Int!, limit: Int!): [PathIds!]!
      @cypher(statement: """${SHORTEST_PATHS}""", columnName: "path")
    "Distance-ordered, capped 2-hop neighbourhood over every fact relationship type: no native equivalent."
    twoHopNeighbourhood(id: ID!, limit: Int!): NeighbourhoodIds
      @cypher(statement: """${TWO_HOP_NEIGHBOURHOOD}""", columnName: "hood")
  }
`;

export const NEO4J_GRAPHQL_TYPEDEFS = [
  'extend schema @mutation(operations: [])',
  ENUMS,
  RELATIONSHIP_PROPERTIES,
  INTERFACES,
  ENTITY_TYPES,
  OTHER_TYPES,
  CUSTOM_QUERIES,
].join('\n');
