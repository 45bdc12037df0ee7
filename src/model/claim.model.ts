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

/** An actor asserting or denying a claim. */
export interface StanceRecord {
  actorId: string;
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
  placeId: string | null;
  eventId: string | null;
}
