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

/**
 * Where an event stands: PLANNED (announced for a date, not yet happened), ONGOING, CONCLUDED, or
 * CANCELLED (announced, then called off). Only ONGOING and CONCLUDED events have happened.
 */
export const EVENT_STATUSES = ['PLANNED', 'ONGOING', 'CONCLUDED', 'CANCELLED'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/**
 * The values articles assert about a fact, each kept per source (an account): an event's dates
 * (start, end, ongoing as one group), status, places, and any entity's description; a position's dates.
 */
export const ACCOUNT_FIELDS = ['DATES', 'STATUS', 'PLACES', 'DESCRIPTION'] as const;
export type AccountField = (typeof ACCOUNT_FIELDS)[number];

/**
 * The controlled metrics a figure may count, with their usual unit, so that series join across
 * articles. An article's own name for the measure is kept beside it as the figure's label.
 */
export const METRICS = {
  people_killed: {
    unit: 'people',
    about: 'deaths of any kind of person (use a narrower metric when the article has one)',
  },
  people_injured: { unit: 'people', about: 'people wounded or injured' },
  civilians_killed: { unit: 'people', about: 'civilian deaths' },
  civilian_casualties: { unit: 'people', about: 'civilians killed and injured together' },
  security_personnel_killed: { unit: 'people', about: 'soldiers, police, paramilitary and levies killed' },
  security_officers_killed: { unit: 'people', about: 'officers among the security forces killed' },
  security_personnel_injured: { unit: 'people', about: 'soldiers, police, paramilitary and levies injured' },
  militants_killed: { unit: 'people', about: 'militants or insurgents killed' },
  militants_arrested: { unit: 'people', about: 'militants or insurgents arrested' },
  people_arrested: { unit: 'people', about: 'arrests' },
  people_abducted: { unit: 'people', about: 'abductions and enforced disappearances' },
  people_displaced: { unit: 'people', about: 'people forced from their homes' },
  protesters: { unit: 'people', about: 'people at a protest' },
  militant_attacks: { unit: 'attacks', about: 'attacks by militants' },
  airstrikes: { unit: 'strikes', about: 'air or drone strikes' },
  intelligence_based_operations: { unit: 'operations', about: 'intelligence-based operations' },
  operations_conducted: { unit: 'operations', about: 'security operations of any kind' },
  weapons_seized: { unit: 'weapons', about: 'weapons recovered or seized' },
  talks_duration: { unit: 'hours', about: 'how long talks or a session lasted' },
} as const satisfies Record<string, { unit: string; about: string }>;
export type Metric = keyof typeof METRICS;
export const METRIC_NAMES = Object.keys(METRICS) as [Metric, ...Metric[]];

/** Other names articles and older bundles use for a controlled metric; the name given is kept as the label. */
export const METRIC_SYNONYMS: Readonly<Record<string, Metric>> = {
  killed: 'people_killed',
  deaths: 'people_killed',
  fatalities: 'people_killed',
  injured: 'people_injured',
  wounded: 'people_injured',
  people_wounded: 'people_injured',
  civilian_deaths: 'civilians_killed',
  soldiers_killed: 'security_personnel_killed',
  troops_killed: 'security_personnel_killed',
  security_forces_killed: 'security_personnel_killed',
  policemen_killed: 'security_personnel_killed',
  police_killed: 'security_personnel_killed',
  soldiers_injured: 'security_personnel_injured',
  terrorists_killed: 'militants_killed',
  insurgents_killed: 'militants_killed',
  khawarij_killed: 'militants_killed',
  attacks: 'militant_attacks',
  terrorist_attacks: 'militant_attacks',
  arrests: 'people_arrested',
  displaced: 'people_displaced',
  ibos: 'intelligence_based_operations',
  duration: 'talks_duration',
  session_duration: 'talks_duration',
};

/** The controlled metric a name stands for (itself or a synonym's), or undefined when it is neither. */
export function canonicalMetric(name: string): Metric | undefined {
  return (METRIC_NAMES as readonly string[]).includes(name) ? (name as Metric) : METRIC_SYNONYMS[name];
}
