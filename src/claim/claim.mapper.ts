import type { Plain } from '../neo4j/neo4j.convert';
import { optionalNumber, optionalString } from '../neo4j/neo4j.convert';
import type { Row } from '../neo4j/neo4j.database';
import { parseProvenance } from '../source/provenance';
import type { ClaimRecord, FigureRecord, StanceRecord } from './claim.type';

const str = optionalString;
const num = optionalNumber;

export function toClaim(p: Plain): ClaimRecord {
  const m = p as Record<string, Plain>;
  return {
    id: String(m.id),
    kind: String(m.kind),
    text: String(m.text),
    date: str(m.date),
    datePrecision: str(m.datePrecision),
    quotes: Array.isArray(m.quotes) ? m.quotes.map(String) : [],
  };
}

export function toFigure(p: Plain): FigureRecord {
  const m = p as Record<string, Plain>;
  return {
    id: String(m.id),
    metric: String(m.metric),
    value: num(m.value),
    low: num(m.low),
    best: num(m.best),
    high: num(m.high),
    approximation: str(m.approximation),
    unit: String(m.unit),
    scope: String(m.scope),
    periodStart: str(m.periodStart),
    periodEnd: str(m.periodEnd),
    periodPrecision: str(m.periodPrecision),
    qualifier: str(m.qualifier),
    claimId: str(m.claimId),
    placeId: str(m.placeId),
    eventId: str(m.eventId),
  };
}

export function toStance(row: Row): StanceRecord {
  return {
    actorId: String(row.actorId),
    claimId: String(row.claimId),
    stance: String(row.stance),
    date: str(row.date),
    datePrecision: str(row.datePrecision),
    quote: str(row.quote),
    via: str(row.via),
    sources: parseProvenance(row.provenance ?? null),
  };
}
