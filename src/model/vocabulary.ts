// The fixed vocabulary of the graph. Labels and relationship types come from here, never from a
// client; GraphQL enums and the bundle schema are built from the same lists.

export const ENTITY_KINDS = ['PERSON', 'ORGANIZATION', 'PLACE', 'EVENT'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Kinds that may act: take part in events, assert or deny claims (a PLACE only when it is a country). */
export const ACTOR_KINDS = ['PERSON', 'ORGANIZATION', 'PLACE'] as const satisfies readonly EntityKind[];

export const ORGANIZATION_TYPES = [
  'GOVERNMENT',
  'MINISTRY',
  'MILITARY',
  'PARAMILITARY',
  'POLICE',
  'INTELLIGENCE',
  'PRESS_OFFICE',
  'MILITANT_GROUP',
  'POLITICAL_PARTY',
  'MEDIA',
  'STATE_MEDIA',
  'NEWS_AGENCY',
  'INTERGOVERNMENTAL',
  'NGO',
  'OTHER',
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const PLACE_TYPES = [
  'COUNTRY',
  'PROVINCE',
  'DISTRICT',
  'CITY',
  'REGION',
  'AREA',
  'BORDER',
  'BORDER_CROSSING',
] as const;
export type PlaceType = (typeof PLACE_TYPES)[number];

/** ACLED's event types and sub-types, plus diplomacy and communication for talks and statements. */
export const EVENT_SUBTYPES = {
  BATTLES: ['ARMED_CLASH', 'GOVERNMENT_REGAINS_TERRITORY', 'NON_STATE_ACTOR_OVERTAKES_TERRITORY', 'BORDER_CLASH'],
  EXPLOSIONS_REMOTE_VIOLENCE: [
    'AIR_DRONE_STRIKE',
    'SUICIDE_BOMB',
    'SHELLING_ARTILLERY_MISSILE_ATTACK',
    'REMOTE_EXPLOSIVE_LANDMINE_IED',
    'GRENADE',
  ],
  VIOLENCE_AGAINST_CIVILIANS: ['ATTACK', 'ABDUCTION_FORCED_DISAPPEARANCE', 'SEXUAL_VIOLENCE'],
  PROTESTS: ['PEACEFUL_PROTEST', 'PROTEST_WITH_INTERVENTION', 'EXCESSIVE_FORCE_AGAINST_PROTESTERS'],
  RIOTS: ['VIOLENT_DEMONSTRATION', 'MOB_VIOLENCE'],
  STRATEGIC_DEVELOPMENTS: [
    'AGREEMENT',
    'ARRESTS',
    'CHANGE_TO_GROUP_ACTIVITY',
    'DISRUPTED_WEAPONS_USE',
    'HEADQUARTERS_OR_BASE_ESTABLISHED',
    'LOOTING_PROPERTY_DESTRUCTION',
    'NON_VIOLENT_TRANSFER_OF_TERRITORY',
    'BORDER_CLOSURE',
    'SECURITY_OPERATION',
    'MILITARY_CAMPAIGN',
    'INSURGENCY',
    'OTHER',
  ],
  DIPLOMACY: ['PEACE_PROCESS', 'NEGOTIATION', 'MEDIATION', 'AGREEMENT_SIGNING', 'MEETING'],
  COMMUNICATION: ['STATEMENT', 'PRESS_CONFERENCE', 'MEDIA_REPORT', 'TELEVISED_REMARKS'],
} as const;
export type EventType = keyof typeof EVENT_SUBTYPES;
export type EventSubType = (typeof EVENT_SUBTYPES)[EventType][number];
export const EVENT_TYPES = Object.keys(EVENT_SUBTYPES) as [EventType, ...EventType[]];
export const EVENT_SUBTYPE_NAMES = [...new Set(Object.values(EVENT_SUBTYPES).flat())] as [
  EventSubType,
  ...EventSubType[],
];

export const PARTICIPANT_ROLES = [
  'PARTY',
  'MEDIATOR',
  'HOST',
  'SIGNATORY',
  'DELEGATION_HEAD',
  'DELEGATION_MEMBER',
  'ATTACKER',
  'TARGET',
  'VICTIM',
  'SPEAKER',
  'ORGANIZER',
  'OBSERVER',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const CLAIM_KINDS = [
  'STATEMENT',
  'ACCUSATION',
  'DENIAL',
  'STATISTIC',
  'WARNING',
  'PLEDGE',
  'DEMAND',
  'REPORT',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export const STANCES = ['ASSERTS', 'DENIES'] as const;
export type Stance = (typeof STANCES)[number];

/** How a fact is known: reported by the article, or general knowledge added to connect facts. */
export const BASES = ['ARTICLE', 'GENERAL_KNOWLEDGE', 'INFERENCE'] as const;
export type Basis = (typeof BASES)[number];

export const DATE_CERTAINTIES = ['STATED', 'INFERRED'] as const;
export type DateCertainty = (typeof DATE_CERTAINTIES)[number];

/** A figure counts either a whole period (a statistic) or one event; the two are never summed. */
export const FIGURE_SCOPES = ['AGGREGATE', 'EVENT'] as const;
export type FigureScope = (typeof FIGURE_SCOPES)[number];

/** Relationship types a bundle may state directly, with the kinds each end must have. */
export const RELATIONSHIP_TYPES = {
  WITHIN: { from: ['PLACE'], to: ['PLACE'], about: 'a place inside a larger one (district → province → country)' },
  BORDERS: { from: ['PLACE'], to: ['PLACE'], about: 'two places share a border' },
  PART_OF: {
    from: ['ORGANIZATION', 'EVENT'],
    to: ['ORGANIZATION', 'EVENT'],
    about: 'a unit of a larger organization, or an event of a series (same kind at both ends)',
  },
  OCCURRED_IN: { from: ['EVENT'], to: ['PLACE'], about: 'where an event happened' },
  MEMBER_OF: { from: ['PERSON'], to: ['ORGANIZATION'], about: 'a person belongs to an organization' },
  GOVERNS: { from: ['ORGANIZATION'], to: ['PLACE'], about: 'an authority governing a place' },
  BASED_IN: { from: ['ORGANIZATION', 'PERSON'], to: ['PLACE'], about: 'where an actor is based' },
  OPERATES_IN: { from: ['ORGANIZATION'], to: ['PLACE'], about: 'where an armed or other group is active' },
  SPEAKS_FOR: {
    from: ['ORGANIZATION', 'PERSON'],
    to: ['ORGANIZATION', 'PLACE'],
    about: 'a spokesperson, media wing or state outlet acting for another actor',
  },
  ALLIED_WITH: {
    from: ['ORGANIZATION', 'PLACE', 'PERSON'],
    to: ['ORGANIZATION', 'PLACE', 'PERSON'],
    about: 'actors on the same side',
  },
  OPPOSES: {
    from: ['ORGANIZATION', 'PLACE', 'PERSON'],
    to: ['ORGANIZATION', 'PLACE', 'PERSON'],
    about: 'actors in conflict',
  },
} as const;
export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as [RelationshipType, ...RelationshipType[]];

/** Node labels per kind (the country-as-actor rule: a COUNTRY place is also an Actor). */
export function labelsFor(kind: EntityKind, placeType?: string | null): string[] {
  switch (kind) {
    case 'PERSON':
      return ['Entity', 'Actor', 'Person'];
    case 'ORGANIZATION':
      return ['Entity', 'Actor', 'Organization'];
    case 'PLACE':
      return placeType === 'COUNTRY' ? ['Entity', 'Actor', 'Place', 'Country'] : ['Entity', 'Place'];
    case 'EVENT':
      return ['Entity', 'Event'];
  }
}
