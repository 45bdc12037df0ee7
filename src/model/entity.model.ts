import type { DatePrecision, EntityKind, EventStatus } from './vocabulary';

// The one description of a named entity. Reads return EntityRecord; what a bundle or an editor gives is
// derived from it, so a field added here shows up (or fails to compile) everywhere it matters.

/** An entity as the graph holds it and the API returns it (dates YYYY-MM-DD). */
export interface EntityRecord {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description: string | null;
  orgType: string | null;
  placeType: string | null;
  countryCode: string | null;
  eventType: string | null;
  subType: string | null;
  /** For events: the period the event is known to, from the start of its precision. */
  startDate: string | null;
  endDate: string | null;
  datePrecision: DatePrecision | null;
  ongoing: boolean;
  /** Fact relationships with other entities, kept up to date at write time. */
  connectionCount: number;
  /** Writes to the entity so far (1 when created; 0 for one written before versions were kept). */
  version: number;
  /** For events: PLANNED, ONGOING, CONCLUDED or CANCELLED, as the sources' accounts have it (null: none says). */
  status: EventStatus | null;
}

/** The fields that belong to one kind only (an organization's type, an event's type and dates ...). */
export type EntityKindFields = Pick<EntityRecord, 'orgType' | 'placeType' | 'countryCode' | 'eventType' | 'subType'>;

/**
 * A new entity as a bundle or an editor states it: partial dates ("2025-10") instead of the expanded
 * period, which the engine derives.
 */
export type EntityDraft = Pick<EntityRecord, 'id' | 'kind' | 'name' | 'aliases'> &
  Partial<Pick<EntityRecord, 'description'> & EntityKindFields> & {
    start?: string | null;
    end?: string | null;
    ongoing?: boolean | null;
  };

/** What an editor may change on an existing entity; absent fields stay as they are. */
export type EntityPatch = Partial<Pick<EntityRecord, 'name' | 'description'> & EntityKindFields> & {
  addAliases?: string[] | null;
  removeAliases?: string[] | null;
};

/** Id, name and kind: enough to label a chart or an edge. */
export type EntityRef = Pick<EntityRecord, 'id' | 'name' | 'kind'>;

/** Which fields apply to which kind (an editor setting orgType on a person is told so). */
export const KIND_FIELDS: Record<keyof EntityKindFields, EntityKind> = {
  orgType: 'ORGANIZATION',
  placeType: 'PLACE',
  countryCode: 'PLACE',
  eventType: 'EVENT',
  subType: 'EVENT',
};
