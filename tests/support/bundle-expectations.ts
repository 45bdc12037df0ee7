import fs from 'node:fs';
import path from 'node:path';
import { paths } from '../../src/core/paths';

// Expected dashboard numbers computed straight from the curated bundles in data/articles/, with no
// logic from src/: what the aggregate queries return must agree with what the articles say.

const DIR = paths.articles;

interface BFigure {
  id: string;
  metric: string;
  unit: string;
  scope: 'AGGREGATE' | 'EVENT';
  value?: number;
  low?: number;
  best?: number;
  high?: number;
  periodStart?: string;
  periodEnd?: string;
  placeId?: string;
  eventId?: string;
}
interface BEvent {
  id: string;
  name: string;
  eventType: string;
  start: string;
  end?: string;
  ongoing?: boolean;
  placeIds?: string[];
  partOf?: string;
  participants?: { actorId: string; role: string }[];
  figures?: BFigure[];
}
interface BClaim {
  id: string;
  kind: string;
  date?: string;
  stances: { actorId: string; stance: 'ASSERTS' | 'DENIES' }[];
  aboutIds?: string[];
  figures?: BFigure[];
}
interface Bundle {
  article: { id: string; publishedDate: string };
  entities: { id: string; kind: string; name: string; placeType?: string }[];
  events: BEvent[];
  claims: BClaim[];
  positions: { personId: string; office: { id: string }; organizationId: string }[];
  relationships: { type: string; from: string; to: string }[];
}

export const BUNDLES: Bundle[] = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as Bundle);

const uniqBy = <T>(items: T[], key: (t: T) => string) => [...new Map(items.map((t) => [key(t), t])).values()];

export const events = uniqBy(
  BUNDLES.flatMap((b) => b.events),
  (e) => e.id,
);
export const claims = uniqBy(
  BUNDLES.flatMap((b) => b.claims),
  (c) => c.id,
);
export const entities = uniqBy(
  BUNDLES.flatMap((b) => b.entities),
  (e) => e.id,
);
export const relationships = uniqBy(
  BUNDLES.flatMap((b) => b.relationships),
  (r) => `${r.type} ${r.from} ${r.to}`,
);
export const nameOf = (id: string) => [...entities, ...events].find((e) => e.id === id)?.name ?? id;
export const kindOf = (id: string) =>
  events.some((e) => e.id === id) ? 'EVENT' : entities.find((e) => e.id === id)?.kind;
export const isActor = (id: string) => {
  const e = entities.find((x) => x.id === id);
  return !!e && (e.kind === 'PERSON' || e.kind === 'ORGANIZATION' || e.placeType === 'COUNTRY');
};

/** Event figures (own voice) and claim figures, with the claim and its asserting actors. */
export const figures = [
  ...events.flatMap((e) =>
    (e.figures ?? []).map((f) => ({ ...f, eventId: e.id, claimId: null as string | null, speakers: [] as string[] })),
  ),
  ...claims.flatMap((c) =>
    (c.figures ?? []).map((f) => ({
      ...f,
      claimId: c.id as string | null,
      speakers: c.stances.filter((s) => s.stance === 'ASSERTS').map((s) => s.actorId),
    })),
  ),
];

// ---- dates ---------------------------------------------------------------------------------------

export type Precision = 'DAY' | 'MONTH' | 'YEAR';
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** "2025" → 2025-01-01..2025-12-31; "2025-10" → the month; a day is itself. */
export function period(start: string, end?: string): { start: string; end: string; precision: Precision } {
  const first = (s: string) => (s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s);
  const last = (s: string) => {
    if (s.length === 4) return `${s}-12-31`;
    if (s.length === 7) return `${s}-${pad(lastDay(Number(s.slice(0, 4)), Number(s.slice(5, 7))))}`;
    return s;
  };
  const precision: Precision = start.length === 4 ? 'YEAR' : start.length === 7 ? 'MONTH' : 'DAY';
  return { start: first(start), end: last(end ?? start), precision };
}

const addDays = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** ISO week buckets (Monday to Sunday) covering from..to. */
export function weekBuckets(from: string, to: string): { start: string; end: string }[] {
  const dow = (new Date(`${from}T00:00:00Z`).getUTCDay() + 6) % 7;
  const out = [];
  for (let s = addDays(from, -dow); s <= to; s = addDays(s, 7)) out.push({ start: s, end: addDays(s, 6) });
  return out;
}

export function monthBuckets(year: number): { start: string; end: string }[] {
  return Array.from({ length: 12 }, (_, i) => ({
    start: `${year}-${pad(i + 1)}-01`,
    end: `${year}-${pad(i + 1)}-${pad(lastDay(year, i + 1))}`,
  }));
}

const RANK: Record<Precision, number> = { DAY: 0, MONTH: 1, YEAR: 2 };

/**
 * Per bucket: events whose start lies in it and whose precision is at least the bucket's (placed), and
 * events too coarse for the bucket whose start period (its month or year) overlaps it (imprecise).
 */
export function expectedBuckets(evs: BEvent[], buckets: { start: string; end: string }[], bucketPrecision: Precision) {
  const placed = buckets.map(() => 0);
  const imprecise = buckets.map(() => 0);
  const impreciseIds = new Set<string>();
  let total = 0;
  for (const e of evs) {
    const p = period(e.start);
    if (RANK[p.precision] <= RANK[bucketPrecision]) {
      const i = buckets.findIndex((b) => b.start <= p.start && p.start <= b.end);
      if (i >= 0) {
        placed[i]!++;
        total++;
      }
    } else {
      buckets.forEach((b, i) => {
        if (b.start <= p.end && p.start <= b.end) {
          imprecise[i]!++;
          impreciseIds.add(e.id);
        }
      });
    }
  }
  return { placed, imprecise, total, impreciseTotal: impreciseIds.size };
}

// ---- places and connections ---------------------------------------------------------------------

/** The place and every place within it, through WITHIN relationships at any depth. */
export function placeAndWithin(placeId: string): Set<string> {
  const out = new Set([placeId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const r of relationships) {
      if (r.type === 'WITHIN' && out.has(r.to) && !out.has(r.from)) {
        out.add(r.from);
        grew = true;
      }
    }
  }
  return out;
}

/** Entity–entity links: stated relationships, where events happened, series parts, participations. */
export function entityLinks(): [string, string][] {
  return [
    ...relationships.map((r): [string, string] => [r.from, r.to]),
    ...events.flatMap((e) => [
      ...(e.placeIds ?? []).map((p): [string, string] => [e.id, p]),
      ...(e.partOf ? [[e.id, e.partOf] as [string, string]] : []),
      ...(e.participants ?? []).map((p): [string, string] => [p.actorId, e.id]),
    ]),
  ];
}

export function connectionsOf(id: string): number {
  const others = new Set<string>();
  for (const [a, b] of entityLinks()) {
    if (a === id && b !== id) others.add(b);
    if (b === id && a !== id) others.add(a);
  }
  return others.size;
}

export function eventsOfActor(id: string, filter: (e: BEvent) => boolean = () => true): number {
  return events.filter((e) => filter(e) && (e.participants ?? []).some((p) => p.actorId === id)).length;
}

export const actorIds = () => entities.filter((e) => isActor(e.id)).map((e) => e.id);
