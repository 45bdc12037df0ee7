import type { ZodIssue } from 'zod';
import { ACTOR_KINDS, RELATIONSHIP_TYPES } from '../../model/vocabulary';
import { bundle as bundleSchema, factSet, type Bundle, type FactSet } from './bundle.schema';

// Shape (zod) and internal references of a bundle, or of a set of single facts added to an article.
// Ids a bundle uses without declaring them come back as `external`: the engine requires them to exist
// in the graph, with a kind the reference allows.

export interface BundleProblem {
  /** Which fact: "events[2] (event:kalat-operation)". */
  fact: string;
  /** Which field inside it: "participants[0].actorId". */
  field: string;
  message: string;
}

export class BundleValidationError extends Error {
  constructor(readonly problems: BundleProblem[]) {
    super(
      `The bundle is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was stored:\n` +
        problems.map((p) => `  - ${p.fact}${p.field ? ` → ${p.field}` : ''}: ${p.message}`).join('\n'),
    );
    this.name = 'BundleValidationError';
  }
}

/** What a reference may point at: an entity kind, or a claim. */
type RefKind = 'PERSON' | 'ORGANIZATION' | 'PLACE' | 'EVENT' | 'CLAIM';

/** An id used but not declared: each use, and the kinds every use allows (the graph must agree). */
interface ExternalRef {
  uses: { fact: string; field: string }[];
  allowed: RefKind[];
  /** Used where only actors may stand: as a PLACE it must be a country. */
  mustAct: boolean;
}

export type ExternalRefs = Map<string, ExternalRef>;

const PREFIX_KIND: Record<string, RefKind> = {
  person: 'PERSON',
  org: 'ORGANIZATION',
  place: 'PLACE',
  event: 'EVENT',
  claim: 'CLAIM',
};

/** The kind an id's prefix names ("org:ttp" → ORGANIZATION), if any. */
function kindOfPrefix(id: string): RefKind | undefined {
  return PREFIX_KIND[id.split(':')[0]!];
}

const SECTIONS = ['entities', 'events', 'positions', 'claims', 'relationships', 'participations', 'figures'] as const;

function itemLabel(section: string, item: Record<string, unknown> | undefined): string {
  if (!item) return '';
  if (typeof item.id === 'string') return ` (${item.id})`;
  const s = (k: string) => String(item[k]);
  if (section === 'relationships') return ` (${s('type')} ${s('from')} → ${s('to')})`;
  if (section === 'positions') return ` (${s('personId')})`;
  if (section === 'participations') return ` (${s('actorId')} → ${s('eventId')})`;
  return '';
}

function describeFact(raw: unknown, path: (string | number)[]): { fact: string; field: string } {
  const [section, index, ...rest] = path;
  if (typeof section === 'string' && typeof index === 'number' && (SECTIONS as readonly string[]).includes(section)) {
    const list = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[section] : undefined;
    const item = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
    return {
      fact: `${section}[${index}]${itemLabel(section, item)}`,
      field: rest.join('.').replace(/\.(\d+)/g, '[$1]'),
    };
  }
  return { fact: String(section ?? 'bundle'), field: [index, ...rest].filter((x) => x !== undefined).join('.') };
}

function fromZod(raw: unknown, issues: ZodIssue[]): BundleProblem[] {
  return issues.map((i) => ({ ...describeFact(raw, i.path), message: i.message }));
}

/** Collects problems and references while the sections are walked. */
class RefChecker {
  readonly problems: BundleProblem[] = [];
  readonly external: ExternalRefs = new Map();
  private readonly kindOf = new Map<string, RefKind>();
  private readonly countries = new Set<string>();
  private readonly figureIds = new Set<string>();

  declare(fact: string, id: string, kind: RefKind, isCountry = false): void {
    if (this.kindOf.has(id)) this.problems.push({ fact, field: 'id', message: `duplicate id '${id}'` });
    this.kindOf.set(id, kind);
    if (isCountry) this.countries.add(id);
  }

  figure(fact: string, field: string, id: string): void {
    if (this.figureIds.has(id)) this.problems.push({ fact, field, message: `duplicate id '${id}'` });
    this.figureIds.add(id);
  }

  /** The kind of an id declared here, else the one its prefix names. */
  kindOfRef(id: string): RefKind | undefined {
    return this.kindOf.get(id) ?? kindOfPrefix(id);
  }

  ref(fact: string, field: string, id: string, allowed: readonly RefKind[], mustAct = false): void {
    const declared = this.kindOf.get(id);
    if (declared !== undefined) {
      if (!allowed.includes(declared))
        this.problems.push({ fact, field, message: `'${id}' is a ${declared}, expected ${allowed.join(' or ')}` });
      return;
    }
    const prefixKind = kindOfPrefix(id);
    if (!prefixKind) {
      this.problems.push({
        fact,
        field,
        message: `'${id}' is not declared in the bundle and its prefix names no kind`,
      });
      return;
    }
    if (!allowed.includes(prefixKind)) {
      this.problems.push({ fact, field, message: `'${id}' is a ${prefixKind}, expected ${allowed.join(' or ')}` });
      return;
    }
    const ext = this.external.get(id) ?? { uses: [], allowed: [...allowed], mustAct: false };
    ext.uses.push({ fact, field });
    ext.allowed = ext.allowed.filter((k) => allowed.includes(k));
    ext.mustAct ||= mustAct;
    this.external.set(id, ext);
  }

  /** Only people, organizations and countries act (take part, assert, deny); a province or city does not. */
  actor(fact: string, field: string, id: string): void {
    this.ref(fact, field, id, ACTOR_KINDS, true);
    if (this.kindOf.get(id) === 'PLACE' && !this.countries.has(id)) {
      this.problems.push({
        fact,
        field,
        message: `'${id}' is a place but not a country; only people, organizations and countries act`,
      });
    }
  }

  source(fact: string, field: string, s: { reportedBy?: string }): void {
    if (s.reportedBy) this.ref(fact, `${field}.reportedBy`, s.reportedBy, ACTOR_KINDS);
  }
}

function declareAll(c: RefChecker, b: Partial<Bundle>): void {
  b.entities?.forEach((e, i) =>
    c.declare(`entities[${i}] (${e.id})`, e.id, e.kind, e.kind === 'PLACE' && e.placeType === 'COUNTRY'),
  );
  b.events?.forEach((e, i) => c.declare(`events[${i}] (${e.id})`, e.id, 'EVENT'));
  b.events?.forEach((e, i) =>
    e.figures.forEach((f, j) => c.figure(`events[${i}] (${e.id})`, `figures[${j}].id`, f.id)),
  );
  b.claims?.forEach((cl, i) => {
    c.declare(`claims[${i}] (${cl.id})`, cl.id, 'CLAIM');
    cl.figures.forEach((f, j) => c.figure(`claims[${i}] (${cl.id})`, `figures[${j}].id`, f.id));
  });
}

function checkEvents(c: RefChecker, events: Bundle['events']): void {
  events.forEach((e, i) => {
    const fact = `events[${i}] (${e.id})`;
    e.placeIds.forEach((p, j) => c.ref(fact, `placeIds[${j}]`, p, ['PLACE']));
    if (e.partOf) {
      c.ref(fact, 'partOf', e.partOf, ['EVENT']);
      if (e.partOf === e.id) c.problems.push({ fact, field: 'partOf', message: 'an event cannot be part of itself' });
    }
    e.participants.forEach((p, j) => {
      c.actor(fact, `participants[${j}].actorId`, p.actorId);
      c.source(fact, `participants[${j}].source`, p.source);
    });
    e.figures.forEach((f, j) => {
      if (f.placeId) c.ref(fact, `figures[${j}].placeId`, f.placeId, ['PLACE']);
    });
    c.source(fact, 'source', e.source);
  });
}

function checkPositions(c: RefChecker, positions: Bundle['positions']): void {
  positions.forEach((p, i) => {
    const fact = `positions[${i}] (${p.personId})`;
    c.ref(fact, 'personId', p.personId, ['PERSON']);
    c.ref(fact, 'organizationId', p.organizationId, ['ORGANIZATION', 'PLACE']);
    c.source(fact, 'source', p.source);
  });
}

function checkClaims(c: RefChecker, claims: Bundle['claims']): void {
  claims.forEach((cl, i) => {
    const fact = `claims[${i}] (${cl.id})`;
    cl.stances.forEach((s, j) => {
      c.actor(fact, `stances[${j}].actorId`, s.actorId);
      c.source(fact, `stances[${j}].source`, s.source);
    });
    cl.aboutIds.forEach((a, j) =>
      c.ref(fact, `aboutIds[${j}]`, a, ['PERSON', 'ORGANIZATION', 'PLACE', 'EVENT', 'CLAIM']),
    );
    cl.figures.forEach((f, j) => {
      if (f.placeId) c.ref(fact, `figures[${j}].placeId`, f.placeId, ['PLACE']);
      if (f.eventId) c.ref(fact, `figures[${j}].eventId`, f.eventId, ['EVENT']);
    });
    c.source(fact, 'source', cl.source);
  });
}

function checkRelationships(c: RefChecker, relationships: Bundle['relationships']): void {
  relationships.forEach((r, i) => {
    const fact = `relationships[${i}] (${r.type} ${r.from} → ${r.to})`;
    const rule = RELATIONSHIP_TYPES[r.type];
    c.ref(fact, 'from', r.from, rule.from);
    c.ref(fact, 'to', r.to, rule.to);
    // PART_OF joins like with like; an undeclared end is judged by its prefix (the graph checks it too).
    if (r.type === 'PART_OF' && c.kindOfRef(r.from) !== c.kindOfRef(r.to)) {
      c.problems.push({ fact, field: 'to', message: 'PART_OF joins two organizations or two events' });
    }
    if (r.from === r.to)
      c.problems.push({ fact, field: 'to', message: 'a relationship cannot point to its own start' });
    c.source(fact, 'source', r.source);
  });
}

function checkParticipations(c: RefChecker, participations: Bundle['participations']): void {
  participations.forEach((p, i) => {
    const fact = `participations[${i}] (${p.actorId} → ${p.eventId})`;
    c.ref(fact, 'eventId', p.eventId, ['EVENT']);
    c.actor(fact, 'actorId', p.actorId);
    c.source(fact, 'source', p.source);
  });
}

function checkLooseFigures(c: RefChecker, figures: Bundle['figures']): void {
  figures.forEach((f, i) => {
    const fact = `figures[${i}] (${f.id})`;
    c.figure(fact, 'id', f.id);
    if (f.claimId) c.ref(fact, 'claimId', f.claimId, ['CLAIM']);
    if (f.eventId) c.ref(fact, 'eventId', f.eventId, ['EVENT']);
    if (f.placeId) c.ref(fact, 'placeId', f.placeId, ['PLACE']);
    c.source(fact, 'source', f.source);
  });
}

function checkReferences(b: Omit<Bundle, 'formatVersion' | 'article' | '$schema'>): ExternalRefs {
  const c = new RefChecker();
  declareAll(c, b);
  b.entities.forEach((e, i) => c.source(`entities[${i}] (${e.id})`, 'source', e.source));
  checkEvents(c, b.events);
  checkPositions(c, b.positions);
  checkClaims(c, b.claims);
  checkRelationships(c, b.relationships);
  checkParticipations(c, b.participations);
  checkLooseFigures(c, b.figures);
  if (c.problems.length) throw new BundleValidationError(c.problems);
  return c.external;
}

/** A whole bundle: shape, then references. Throws BundleValidationError listing every problem found. */
export function validateBundle(raw: unknown): { bundle: Bundle; external: ExternalRefs } {
  const parsed = bundleSchema.safeParse(raw);
  if (!parsed.success) throw new BundleValidationError(fromZod(raw, parsed.error.issues));
  return { bundle: parsed.data, external: checkReferences(parsed.data) };
}

/** Facts added to an existing article: the same rules, every id external. */
export function validateFacts(raw: unknown): { facts: FactSet; external: ExternalRefs } {
  const parsed = factSet.safeParse(raw);
  if (!parsed.success) throw new BundleValidationError(fromZod(raw, parsed.error.issues));
  const external = checkReferences({ entities: [], events: [], positions: [], ...parsed.data });
  return { facts: parsed.data, external };
}
