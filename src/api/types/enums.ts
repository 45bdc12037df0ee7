import { registerEnumType } from 'type-graphql';
import { ACTOR_RANKINGS, EVENT_GROUPINGS, GRANULARITIES } from '../../model/dashboard.model';
import { HOP_DIRECTIONS, NODE_KINDS } from '../../model/graph.model';
import { DIRECTIONS } from '../../model/relationship.model';
import { SPEAKER_KINDS } from '../../model/claim.model';
import {
  ACCOUNT_FIELDS,
  BASES,
  CLAIM_KINDS,
  DATE_CERTAINTIES,
  DATE_PRECISIONS,
  ENTITY_KINDS,
  EVENT_STATUSES,
  EVENT_SUBTYPE_NAMES,
  EVENT_TYPES,
  FIGURE_SCOPES,
  ORGANIZATION_TYPES,
  PARTICIPANT_ROLES,
  PLACE_TYPES,
  RELATIONSHIP_TYPE_NAMES,
  RELATIONSHIP_TYPES,
  STANCES,
} from '../../model/vocabulary';
import { ENTITY_SORTS } from '../../read/entity/entity.repository';

// Every GraphQL enum, built from the lists in model/ that the engine validates against: one vocabulary.

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const EntityKind = asEnum(ENTITY_KINDS);
export const OrganizationType = asEnum(ORGANIZATION_TYPES);
export const PlaceType = asEnum(PLACE_TYPES);
export const EventType = asEnum(EVENT_TYPES);
export const EventSubType = asEnum(EVENT_SUBTYPE_NAMES);
export const ParticipantRole = asEnum(PARTICIPANT_ROLES);
export const DatePrecision = asEnum(DATE_PRECISIONS);
export const DateCertainty = asEnum(DATE_CERTAINTIES);
export const ClaimKind = asEnum(CLAIM_KINDS);
export const Stance = asEnum(STANCES);
export const Basis = asEnum(BASES);
export const FigureScope = asEnum(FIGURE_SCOPES);
export const NodeKind = asEnum(NODE_KINDS);
export const HopDirection = asEnum(HOP_DIRECTIONS);
export const Direction = asEnum(DIRECTIONS);
export const Granularity = asEnum(GRANULARITIES);
export const EventGrouping = asEnum(EVENT_GROUPINGS);
export const ActorRanking = asEnum(ACTOR_RANKINGS);
export const EntitySort = asEnum(ENTITY_SORTS);
export const SortDirection = asEnum(['ASC', 'DESC'] as const);
export type SortDirection = keyof typeof SortDirection;

/** Every relationship type in the graph, for neighbourhood filters and path hops. */
const GRAPH_RELATIONSHIP_TYPES = [
  ...RELATIONSHIP_TYPE_NAMES,
  'PARTICIPATED_IN',
  'HOLDS',
  'OFFICE_OF',
  'ASSERTS',
  'DENIES',
  'ABOUT',
  'STATES',
  'FOR_PLACE',
  'COUNTS',
  'SOURCED_FROM',
  'MENTIONS',
] as const;
export const RelationshipType = asEnum(GRAPH_RELATIONSHIP_TYPES);

export const WritableRelationshipType = asEnum([...RELATIONSHIP_TYPE_NAMES, 'PARTICIPATED_IN'] as const);

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Every value described: a value added to a model/ list without a description here fails to compile. */
const values = <T extends string>(descriptions: Record<T, string>) =>
  Object.fromEntries(Object.entries(descriptions).map(([k, d]) => [k, { description: d as string }])) as Record<
    T,
    { description: string }
  >;

registerEnumType(EntityKind, {
  name: 'EntityKind',
  description: 'What a named entity is; each kind is a GraphQL type implementing Entity.',
  valuesConfig: values<keyof typeof EntityKind>({
    PERSON: 'A person (type Person).',
    ORGANIZATION: 'A government body, armed group, party, outlet or other organization (type Organization).',
    PLACE: 'A country, province, district, city, region or border (type Place).',
    EVENT: 'Something that happened or is planned: a clash, an attack, talks, a statement (type Event).',
  }),
});
registerEnumType(OrganizationType, {
  name: 'OrganizationType',
  description: 'What kind of organization it is.',
  valuesConfig: values<keyof typeof OrganizationType>({
    GOVERNMENT: 'A national or provincial government, or a de facto one.',
    MINISTRY: 'A ministry or department of a government.',
    MILITARY: 'Armed forces or one of their branches or commands.',
    PARAMILITARY: 'A paramilitary force such as the Frontier Corps or the Levies.',
    POLICE: 'A police force or counter-terrorism department.',
    INTELLIGENCE: 'An intelligence agency.',
    PRESS_OFFICE: 'The media wing or spokesperson office of another organization (e.g. ISPR).',
    MILITANT_GROUP: 'A non-state armed group.',
    POLITICAL_PARTY: 'A political party.',
    MEDIA: 'A private newspaper, broadcaster or news site.',
    STATE_MEDIA: 'A state-owned outlet.',
    NEWS_AGENCY: 'A news agency.',
    INTERGOVERNMENTAL: 'An organization of states (UN, SCO, OIC ...).',
    NGO: 'A non-governmental organization.',
    OTHER: 'None of the above.',
  }),
});
registerEnumType(PlaceType, {
  name: 'PlaceType',
  description: 'What kind of place it is; places nest through WITHIN (district → province → country).',
  valuesConfig: values<keyof typeof PlaceType>({
    COUNTRY: 'A country; also an actor that can take part in events and make claims.',
    PROVINCE: 'A province, state or other first-level division.',
    DISTRICT: 'A district or other second-level division.',
    CITY: 'A city, town or village.',
    REGION: 'A region that is no administrative division (e.g. a tribal belt or a valley).',
    AREA: 'A smaller area: a neighbourhood, a site, a base.',
    BORDER: 'A border between two countries, or a stretch of it.',
    BORDER_CROSSING: 'A crossing point on a border.',
  }),
});
registerEnumType(EventType, {
  name: 'EventType',
  description: "ACLED's event types plus DIPLOMACY and COMMUNICATION.",
  valuesConfig: values<keyof typeof EventType>({
    BATTLES: 'Armed clashes between organized armed groups (ACLED).',
    EXPLOSIONS_REMOTE_VIOLENCE: 'Strikes, shelling, bombs and mines: violence from a distance (ACLED).',
    VIOLENCE_AGAINST_CIVILIANS: 'Violence by an organized group against unarmed civilians (ACLED).',
    PROTESTS: "Public demonstrations that stay non-violent on the demonstrators' side (ACLED).",
    RIOTS: 'Violent demonstrations and mob violence (ACLED).',
    STRATEGIC_DEVELOPMENTS: 'Significant non-violent developments: agreements, arrests, operations (ACLED).',
    DIPLOMACY: 'Talks, mediation, meetings and agreements between parties.',
    COMMUNICATION: 'Statements, press conferences and media reports.',
  }),
});
registerEnumType(EventSubType, {
  name: 'EventSubType',
  description: "The sub-type of an event; each belongs to one EventType (ACLED's, plus diplomacy and communication).",
  valuesConfig: values<keyof typeof EventSubType>({
    ARMED_CLASH: 'BATTLES: armed groups fight each other.',
    GOVERNMENT_REGAINS_TERRITORY: 'BATTLES: government forces retake territory.',
    NON_STATE_ACTOR_OVERTAKES_TERRITORY: 'BATTLES: a non-state group takes territory.',
    BORDER_CLASH: 'BATTLES: forces of two countries fight at their border.',
    AIR_DRONE_STRIKE: 'EXPLOSIONS_REMOTE_VIOLENCE: an air or drone strike.',
    SUICIDE_BOMB: 'EXPLOSIONS_REMOTE_VIOLENCE: a suicide bombing.',
    SHELLING_ARTILLERY_MISSILE_ATTACK: 'EXPLOSIONS_REMOTE_VIOLENCE: shelling, artillery or missiles.',
    REMOTE_EXPLOSIVE_LANDMINE_IED: 'EXPLOSIONS_REMOTE_VIOLENCE: a remote bomb, landmine or IED.',
    GRENADE: 'EXPLOSIONS_REMOTE_VIOLENCE: a grenade attack.',
    ATTACK: 'VIOLENCE_AGAINST_CIVILIANS: an attack on civilians.',
    ABDUCTION_FORCED_DISAPPEARANCE: 'VIOLENCE_AGAINST_CIVILIANS: an abduction or enforced disappearance.',
    SEXUAL_VIOLENCE: 'VIOLENCE_AGAINST_CIVILIANS: sexual violence.',
    PEACEFUL_PROTEST: 'PROTESTS: a protest nobody broke up.',
    PROTEST_WITH_INTERVENTION: 'PROTESTS: a protest that the authorities broke up or contained.',
    EXCESSIVE_FORCE_AGAINST_PROTESTERS: 'PROTESTS: lethal or grave force against protesters.',
    VIOLENT_DEMONSTRATION: 'RIOTS: a demonstration turning violent.',
    MOB_VIOLENCE: 'RIOTS: a mob attacking people or property.',
    AGREEMENT: 'STRATEGIC_DEVELOPMENTS: an agreement, truce or ceasefire.',
    ARRESTS: 'STRATEGIC_DEVELOPMENTS: arrests.',
    CHANGE_TO_GROUP_ACTIVITY: 'STRATEGIC_DEVELOPMENTS: a group forms, splits, merges or changes course.',
    DISRUPTED_WEAPONS_USE: 'STRATEGIC_DEVELOPMENTS: weapons seized or an attack foiled.',
    HEADQUARTERS_OR_BASE_ESTABLISHED: 'STRATEGIC_DEVELOPMENTS: a base or headquarters set up.',
    LOOTING_PROPERTY_DESTRUCTION: 'STRATEGIC_DEVELOPMENTS: looting or destruction of property.',
    NON_VIOLENT_TRANSFER_OF_TERRITORY: 'STRATEGIC_DEVELOPMENTS: territory changing hands without a fight.',
    BORDER_CLOSURE: 'STRATEGIC_DEVELOPMENTS: a border or crossing closed.',
    SECURITY_OPERATION: 'STRATEGIC_DEVELOPMENTS: a security or intelligence-based operation.',
    MILITARY_CAMPAIGN: 'STRATEGIC_DEVELOPMENTS: a named military campaign over a period.',
    INSURGENCY: 'STRATEGIC_DEVELOPMENTS: an insurgency as a whole, over a period.',
    OTHER: 'STRATEGIC_DEVELOPMENTS: any other significant development.',
    PEACE_PROCESS: 'DIPLOMACY: a peace process over several rounds.',
    NEGOTIATION: 'DIPLOMACY: a round of talks between parties.',
    MEDIATION: 'DIPLOMACY: talks held through a mediator.',
    AGREEMENT_SIGNING: 'DIPLOMACY: the signing of an agreement.',
    MEETING: 'DIPLOMACY: a meeting or visit.',
    STATEMENT: 'COMMUNICATION: a written or spoken statement.',
    PRESS_CONFERENCE: 'COMMUNICATION: a press conference.',
    MEDIA_REPORT: 'COMMUNICATION: a report published by an outlet.',
    TELEVISED_REMARKS: 'COMMUNICATION: remarks on television.',
  }),
});
registerEnumType(ParticipantRole, {
  name: 'ParticipantRole',
  description: 'The part an actor played in an event.',
  valuesConfig: values<keyof typeof ParticipantRole>({
    PARTY: 'One of the sides of talks, an agreement or a conflict.',
    MEDIATOR: 'Brought the parties together or carried messages between them.',
    HOST: 'Hosted the event.',
    SIGNATORY: 'Signed an agreement.',
    DELEGATION_HEAD: 'Led a delegation.',
    DELEGATION_MEMBER: 'Was in a delegation.',
    ATTACKER: 'Carried out an attack.',
    TARGET: 'Was the object of an attack or operation.',
    VICTIM: 'Suffered harm.',
    SPEAKER: 'Spoke: made the statement, gave the press conference.',
    ORGANIZER: 'Organized the event (a protest, a conference).',
    OBSERVER: 'Attended without being a party.',
  }),
});
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How exact a date is: the day, the month or only the year.',
  valuesConfig: values<keyof typeof DatePrecision>({
    DAY: 'The day is known.',
    MONTH: 'Only the month is known; the date is the first of the month.',
    YEAR: 'Only the year is known; the date is the first of January.',
  }),
});
registerEnumType(DateCertainty, {
  name: 'DateCertainty',
  description: 'STATED by the source, or INFERRED from its text.',
  valuesConfig: values<keyof typeof DateCertainty>({
    STATED: 'The source gives the date.',
    INFERRED: 'Worked out from the text ("on Tuesday" in an article of a known date).',
  }),
});
registerEnumType(ClaimKind, {
  name: 'ClaimKind',
  description: 'What sort of thing a claim says.',
  valuesConfig: values<keyof typeof ClaimKind>({
    STATEMENT: 'A statement of position or fact.',
    ACCUSATION: 'Blames someone for something.',
    DENIAL: 'Denies something (often another claim, see deniedBy and conflicts).',
    STATISTIC: 'States numbers (see figures).',
    WARNING: 'Warns of consequences.',
    PLEDGE: 'Promises to do something.',
    DEMAND: 'Demands something of someone.',
    REPORT: "Reports what happened, in the outlet's or an official's words.",
  }),
});
registerEnumType(Stance, {
  name: 'Stance',
  description: 'Whether a speaker asserts or denies a claim.',
  valuesConfig: values<keyof typeof Stance>({
    ASSERTS: 'The speaker says the claim is true.',
    DENIES: 'The speaker says the claim is false.',
  }),
});
registerEnumType(Basis, {
  name: 'Basis',
  description: 'How a fact is known: from the article, or general knowledge added to connect facts.',
  valuesConfig: values<keyof typeof Basis>({
    ARTICLE: 'The article reports it (with an excerpt as evidence).',
    GENERAL_KNOWLEDGE: 'Well-known background added to connect facts (e.g. a district lies in a province).',
    INFERENCE: 'Worked out from what the article says, not said in so many words.',
  }),
});
registerEnumType(FigureScope, {
  name: 'FigureScope',
  description: 'AGGREGATE: a period total; EVENT: a count for one event. Never summed together.',
  valuesConfig: values<keyof typeof FigureScope>({
    AGGREGATE: 'A total over a period (a statistic), e.g. killed in a year.',
    EVENT: 'A count for one event, e.g. killed in one attack.',
  }),
});
registerEnumType(RelationshipType, {
  name: 'RelationshipType',
  description: 'Every relationship type in the graph, for neighbourhood filters, graph edges and path hops.',
  valuesConfig: values<keyof typeof RelationshipType>({
    ...(Object.fromEntries(
      RELATIONSHIP_TYPE_NAMES.map((t) => [t, `${capitalize(RELATIONSHIP_TYPES[t].about)}.`]),
    ) as Record<(typeof RELATIONSHIP_TYPE_NAMES)[number], string>),
    PARTICIPATED_IN: 'An actor took part in an event (with a ParticipantRole).',
    HOLDS: 'A person holds an office.',
    OFFICE_OF: 'An office belongs to an organization or place.',
    ASSERTS: 'A speaker asserts a claim.',
    DENIES: 'A speaker denies a claim.',
    ABOUT: 'A claim is about an entity.',
    STATES: 'A claim states a figure.',
    FOR_PLACE: 'A figure counts something in a place.',
    COUNTS: 'A figure counts something in an event.',
    SOURCED_FROM: 'A fact is reported by an article.',
    MENTIONS: 'An article mentions an entity.',
  }),
});
registerEnumType(WritableRelationshipType, {
  name: 'WritableRelationshipType',
  description: 'Relationships an editor may add or remove between two entities.',
  valuesConfig: values<keyof typeof WritableRelationshipType>({
    ...(Object.fromEntries(
      RELATIONSHIP_TYPE_NAMES.map((t) => [t, `${capitalize(RELATIONSHIP_TYPES[t].about)}.`]),
    ) as Record<(typeof RELATIONSHIP_TYPE_NAMES)[number], string>),
    PARTICIPATED_IN: 'An actor took part in an event (give the role).',
  }),
});
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Order of a sorted list.',
  valuesConfig: values<SortDirection>({ ASC: 'Ascending: A to Z, oldest first, fewest first.', DESC: 'Descending.' }),
});
registerEnumType(EntitySort, {
  name: 'EntitySort',
  description: 'START_DATE applies to events; CONNECTIONS counts relationships.',
  valuesConfig: values<keyof typeof EntitySort>({
    NAME: 'By name.',
    CONNECTIONS: 'By connectionCount, the fact relationships with other entities.',
    START_DATE: "By an event's startDate (events only).",
  }),
});
registerEnumType(NodeKind, {
  name: 'NodeKind',
  description: 'What a node of a neighbourhood or path is.',
  valuesConfig: values<keyof typeof NodeKind>({
    PERSON: 'A person.',
    ORGANIZATION: 'An organization.',
    PLACE: 'A place.',
    EVENT: 'An event.',
    CLAIM: 'A claim.',
    FIGURE: 'A figure.',
    ARTICLE: 'An article.',
    OFFICE: 'An office a person holds (e.g. Defence Minister of Pakistan).',
  }),
});
registerEnumType(HopDirection, {
  name: 'HopDirection',
  description: 'FORWARD: the relationship points along the path.',
  valuesConfig: values<keyof typeof HopDirection>({
    FORWARD: 'The stored relationship points from the previous node to the next.',
    BACKWARD: 'The stored relationship points from the next node back to the previous.',
  }),
});
registerEnumType(Direction, {
  name: 'Direction',
  description: 'OUT: this entity is the start of the relationship.',
  valuesConfig: values<keyof typeof Direction>({
    OUT: 'This entity is the start of the relationship (from).',
    IN: 'This entity is the end of the relationship (to).',
  }),
});
registerEnumType(Granularity, {
  name: 'Granularity',
  description: 'Bucket size of a time series. WEEK is the ISO week, Monday to Sunday.',
  valuesConfig: values<keyof typeof Granularity>({
    DAY: 'One bucket per day.',
    WEEK: 'One bucket per ISO week, Monday to Sunday.',
    MONTH: 'One bucket per calendar month.',
    YEAR: 'One bucket per calendar year.',
  }),
});
registerEnumType(EventGrouping, {
  name: 'EventGrouping',
  description:
    'One series for all events, or one per event type, per place the event is recorded in, or per participating ' +
    'actor. By PLACE and ACTOR an event counts in each of its places or participants, so those series may overlap.',
  valuesConfig: values<keyof typeof EventGrouping>({
    NONE: 'One series for all events.',
    TYPE: 'One series per event type.',
    PLACE: 'One series per place an event is recorded in.',
    ACTOR: 'One series per participating actor.',
  }),
});
registerEnumType(ActorRanking, {
  name: 'ActorRanking',
  description: 'EVENTS: distinct events taken part in; CONNECTIONS: distinct entities linked by a fact relationship.',
  valuesConfig: values<keyof typeof ActorRanking>({
    EVENTS: 'Distinct events taken part in.',
    CONNECTIONS: 'Distinct entities linked by a fact relationship.',
  }),
});

export const EventStatus = asEnum(EVENT_STATUSES);
export const AccountField = asEnum(ACCOUNT_FIELDS);
export const SpeakerKind = asEnum(SPEAKER_KINDS);
export const ConflictReason = asEnum(['EDITOR', 'FIGURES', 'DENIAL'] as const);
registerEnumType(EventStatus, {
  name: 'EventStatus',
  description:
    'PLANNED: announced, not yet happened; ONGOING; CONCLUDED; CANCELLED: announced, then called off. Only ONGOING ' +
    'and CONCLUDED events have happened.',
  valuesConfig: values<keyof typeof EventStatus>({
    PLANNED: 'Announced for a date, not yet happened.',
    ONGOING: 'Happening now.',
    CONCLUDED: 'Over.',
    CANCELLED: 'Announced, then called off.',
  }),
});
registerEnumType(AccountField, {
  name: 'AccountField',
  description:
    "Values kept per source: DATES (an event's start, end and ongoing, or a position's term), STATUS, PLACES, " +
    'DESCRIPTION.',
  valuesConfig: values<keyof typeof AccountField>({
    DATES: "An event's start, end and ongoing, or a position's term.",
    STATUS: "An event's status.",
    PLACES: 'Where an event happened.',
    DESCRIPTION: "An entity's description.",
  }),
});
registerEnumType(SpeakerKind, {
  name: 'SpeakerKind',
  description:
    'ACTOR: a named person, organization or country; ANONYMOUS: a source the article does not name; ' +
    'OUTLET: the outlet in its own voice.',
  valuesConfig: values<keyof typeof SpeakerKind>({
    ACTOR: 'A named person, organization or country.',
    ANONYMOUS: 'A source the article does not name ("a security official").',
    OUTLET: 'The outlet in its own voice.',
  }),
});
registerEnumType(ConflictReason, {
  name: 'ConflictReason',
  description:
    'EDITOR: an editor marked the two claims as contradicting each other; FIGURES: they state figures of the same ' +
    'metric, scope, period and places that cannot both be true; DENIAL: one is a denial about the other.',
  valuesConfig: values<keyof typeof ConflictReason>({
    EDITOR: 'An editor marked the two claims as contradicting each other.',
    FIGURES: 'They state figures of the same metric, scope, period and places that cannot both be true.',
    DENIAL: 'One is a denial about the other.',
  }),
});
