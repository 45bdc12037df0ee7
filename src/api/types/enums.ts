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

registerEnumType(EntityKind, {
  name: 'EntityKind',
  description: 'What a named entity is; each kind is a GraphQL type implementing Entity.',
});
registerEnumType(OrganizationType, { name: 'OrganizationType' });
registerEnumType(PlaceType, { name: 'PlaceType' });
registerEnumType(EventType, {
  name: 'EventType',
  description: "ACLED's event types plus DIPLOMACY and COMMUNICATION.",
});
registerEnumType(EventSubType, { name: 'EventSubType' });
registerEnumType(ParticipantRole, { name: 'ParticipantRole' });
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How exact a date is: the day, the month or only the year.',
});
registerEnumType(DateCertainty, {
  name: 'DateCertainty',
  description: 'STATED by the source, or INFERRED from its text.',
});
registerEnumType(ClaimKind, { name: 'ClaimKind' });
registerEnumType(Stance, { name: 'Stance' });
registerEnumType(Basis, {
  name: 'Basis',
  description: 'How a fact is known: from the article, or general knowledge added to connect facts.',
});
registerEnumType(FigureScope, {
  name: 'FigureScope',
  description: 'AGGREGATE: a period total; EVENT: a count for one event. Never summed together.',
});
registerEnumType(RelationshipType, { name: 'RelationshipType' });
registerEnumType(WritableRelationshipType, {
  name: 'WritableRelationshipType',
  description: 'Relationships an editor may add or remove between two entities.',
});
registerEnumType(SortDirection, { name: 'SortDirection' });
registerEnumType(EntitySort, {
  name: 'EntitySort',
  description: 'START_DATE applies to events; CONNECTIONS counts relationships.',
});
registerEnumType(NodeKind, { name: 'NodeKind' });
registerEnumType(HopDirection, {
  name: 'HopDirection',
  description: 'FORWARD: the relationship points along the path.',
});
registerEnumType(Direction, { name: 'Direction', description: 'OUT: this entity is the start of the relationship.' });
registerEnumType(Granularity, {
  name: 'Granularity',
  description: 'Bucket size of a time series. WEEK is the ISO week, Monday to Sunday.',
});
registerEnumType(EventGrouping, {
  name: 'EventGrouping',
  description:
    'One series for all events, or one per event type, per place the event is recorded in, or per participating ' +
    'actor. By PLACE and ACTOR an event counts in each of its places or participants, so those series may overlap.',
});
registerEnumType(ActorRanking, {
  name: 'ActorRanking',
  description: 'EVENTS: distinct events taken part in; CONNECTIONS: distinct entities linked by a fact relationship.',
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
});
registerEnumType(AccountField, {
  name: 'AccountField',
  description:
    "Values kept per source: DATES (an event's start, end and ongoing, or a position's term), STATUS, PLACES, " +
    'DESCRIPTION.',
});
registerEnumType(SpeakerKind, {
  name: 'SpeakerKind',
  description:
    'ACTOR: a named person, organization or country; ANONYMOUS: a source the article does not name; ' +
    'OUTLET: the outlet in its own voice.',
});
registerEnumType(ConflictReason, {
  name: 'ConflictReason',
  description:
    'EDITOR: an editor marked the two claims as contradicting each other; FIGURES: they state figures of the same ' +
    'metric, scope, period and places that cannot both be true; DENIAL: one is a denial about the other.',
});
