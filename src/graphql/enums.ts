import { registerEnumType } from 'type-graphql';
import {
  BASES,
  CLAIM_KINDS,
  DATE_CERTAINTIES,
  DATE_PRECISIONS,
  EVENT_SUBTYPE_NAMES,
  EVENT_TYPES,
  FIGURE_SCOPES,
  ORGANIZATION_TYPES,
  PARTICIPANT_ROLES,
  PLACE_TYPES,
  RELATIONSHIP_TYPE_NAMES,
  STANCES,
} from '../ingest/vocabulary';

// GraphQL enums built from the one vocabulary the ingester validates against.

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

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

/** Every relationship type in the graph, for neighbourhood filters and path hops. */
export const GRAPH_RELATIONSHIP_TYPES = [
  ...RELATIONSHIP_TYPE_NAMES,
  'OCCURRED_IN',
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
export const RelationshipType = asEnum([...new Set(GRAPH_RELATIONSHIP_TYPES)]);

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

export enum EntitySort {
  NAME = 'NAME',
  CONNECTIONS = 'CONNECTIONS',
  START_DATE = 'START_DATE',
}

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
registerEnumType(SortDirection, { name: 'SortDirection' });
registerEnumType(EntitySort, {
  name: 'EntitySort',
  description: 'START_DATE applies to events; CONNECTIONS counts relationships.',
});
