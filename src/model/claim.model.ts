import type { ProvenanceRecord } from './source.model';
import type { ClaimKind, DatePrecision, FigureScope, Stance } from './vocabulary';

/** Something an actor says, in one neutral sentence, with the verbatim quotes of its speakers. */
export interface ClaimRecord {
  id: string;
  kind: ClaimKind;
  text: string;
  date: string | null;
  datePrecision: DatePrecision | null;
  quotes: string[];
}

/** Who speaks: a named actor, an unnamed source of an article, or the outlet in its own voice. */
export const SPEAKER_KINDS = ['ACTOR', 'ANONYMOUS', 'OUTLET'] as const;
type SpeakerKind = (typeof SPEAKER_KINDS)[number];

/** A speaker asserting or denying a claim. */
export interface StanceRecord {
  speakerKind: SpeakerKind;
  /** The actor's id, the unnamed source's id, or the article's (the outlet's voice). */
  speakerId: string;
  /** The actor, when a named one speaks. */
  actorId: string | null;
  /** An unnamed source as the article describes it ("informed diplomatic sources"). */
  description: string | null;
  claimId: string;
  stance: Stance;
  date: string | null;
  datePrecision: DatePrecision | null;
  quote: string | null;
  via: string | null;
  sources: ProvenanceRecord[];
}

/** A reported number: a period total (AGGREGATE) or one event's count (EVENT), never summed together. */
export interface FigureRecord {
  id: string;
  metric: string;
  value: number | null;
  low: number | null;
  best: number | null;
  high: number | null;
  approximation: string | null;
  unit: string;
  scope: FigureScope;
  periodStart: string | null;
  periodEnd: string | null;
  periodPrecision: DatePrecision | null;
  qualifier: string | null;
  claimId: string | null;
  /** The first of placeIds: the place counted, for a figure over one place. */
  placeId: string | null;
  /** Every place counted (a toll for two districts counts both). */
  placeIds: string[];
  eventId: string | null;
  /** The article's own name for the metric ("soldiers martyred"), when it differs. */
  label: string | null;
  /** Figures with the same key count the same thing (metric, unit, scope, period and places, or event). */
  groupKey: string | null;
}
