import type { ProvenanceRecord } from './source.model';
import type { ParticipantRole } from './vocabulary';

/** OUT: the entity asked about is the start of the stored relationship. */
export const DIRECTIONS = ['OUT', 'IN'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface RelationshipRecord {
  type: string;
  direction: Direction;
  otherId: string;
  role: ParticipantRole | null;
  startDate: string | null;
  endDate: string | null;
  note: string | null;
  sources: ProvenanceRecord[];
}

export interface ParticipationRecord {
  actorId: string;
  eventId: string;
  role: ParticipantRole;
  note: string | null;
  sources: ProvenanceRecord[];
}

export interface PositionRecord {
  personId: string;
  officeId: string;
  officeName: string;
  organizationId: string;
  startDate: string | null;
  endDate: string | null;
  asOf: string | null;
  sources: ProvenanceRecord[];
}
