import type { ZodIssue } from 'zod';
import { ACTOR_KINDS, RELATIONSHIP_TYPES } from '../../model/vocabulary';
import {
  SECTION_SCHEMAS,
  articleSchema,
  bundle as bundleSchema,
  factSet,
  type Bundle,
  type FactSet,
  type StanceInput,
} from './bundle.schema';

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

const SECTIONS = [
  'entities',
  'events',
  'positions',
  'claims',
  'relationships',
  'participations',
  'figures',
  'stances',
] as const;
type Section = (typeof SECTIONS)[number];

function itemLabel(section: string, item: Record<string, unknown> | undefined): string {
  if (!item) return '';
  if (typeof item.id === 'string') return ` (${item.id})`;
  const s = (k: string) => String(item[k]);
  if (section === 'relationships') return ` (${s('type')} ${s('from')} → ${s('to')})`;
  if (section === 'positions') return ` (${s('personId')})`;
  if (section === 'participations') return ` (${s('actorId')} → ${s('eventId')})`;
  if (section === 'stances') return ` (${speakerLabel(item)} ${s('stance')} ${s('claimId')})`;
  return '';
}

/** Who speaks in a stance, for messages: the actor id, "anonymous: <description>" or "outlet". */
export function speakerLabel(s: { actorId?: unknown; anonymous?: unknown; outlet?: unknown }): string {
  if (typeof s.actorId === 'string') return s.actorId;
  if (typeof s.anonymous === 'string') return `anonymous: ${s.anonymous}`;
  return s.outlet === true ? 'outlet' : 'no speaker';
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

/** zod's wording, with the allowed values spelled out where a value is not one of a list. */
function messageOf(i: ZodIssue): string {
  if (i.code === 'invalid_enum_value') return `must be one of ${i.options.join(', ')}; got '${String(i.received)}'`;
  if (i.code === 'invalid_union_discriminator') return `must be one of ${i.options.map(String).join(', ')}`;
  if (i.code === 'invalid_literal') return `must be ${JSON.stringify(i.expected)}`;
  if (i.code === 'unrecognized_keys') return `unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.join(', ')}`;
  return i.message;
}

function fromZod(raw: unknown, issues: ZodIssue[], prefix: (string | number)[] = []): BundleProblem[] {
  return issues.map((i) => ({ ...describeFact(raw, [...prefix, ...i.path]), message: messageOf(i) }));
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

  /** A stance's speaker: a named actor is checked like any actor; unnamed sources and the outlet need no id. */
  speaker(fact: string, field: string, s: Pick<StanceInput, 'actorId'>): void {
    if (s.actorId) this.actor(fact, `${field}.actorId`, s.actorId);
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
    e.figures.forEach((f, j) => figurePlaces(c, fact, `figures[${j}].`, f));
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
      c.speaker(fact, `stances[${j}]`, s);
      c.source(fact, `stances[${j}].source`, s.source);
    });
    cl.aboutIds.forEach((a, j) =>
      c.ref(fact, `aboutIds[${j}]`, a, ['PERSON', 'ORGANIZATION', 'PLACE', 'EVENT', 'CLAIM']),
    );
    cl.figures.forEach((f, j) => {
      figurePlaces(c, fact, `figures[${j}].`, f);
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
    figurePlaces(c, fact, '', f);
    c.source(fact, 'source', f.source);
  });
}

function figurePlaces(c: RefChecker, fact: string, at: string, f: { placeId?: string; placeIds: string[] }): void {
  if (f.placeId) c.ref(fact, `${at}placeId`, f.placeId, ['PLACE']);
  f.placeIds.forEach((p, k) => c.ref(fact, `${at}placeIds[${k}]`, p, ['PLACE']));
}

function checkLooseStances(c: RefChecker, stances: Bundle['stances']): void {
  stances.forEach((s, i) => {
    const fact = `stances[${i}] (${speakerLabel(s)} ${s.stance} ${s.claimId})`;
    c.ref(fact, 'claimId', s.claimId, ['CLAIM']);
    c.speaker(fact, '', s);
    c.source(fact, 'source', s.source);
  });
}

type Facts = Omit<Bundle, 'formatVersion' | 'article' | '$schema'>;

/** Every reference problem, and the ids used without being declared (`also` declares ids of invalid items). */
function checkReferences(b: Facts, also: Declaration[] = []): { problems: BundleProblem[]; external: ExternalRefs } {
  const c = new RefChecker();
  for (const d of also) c.declare(d.fact, d.id, d.kind, d.isCountry);
  declareAll(c, b);
  b.entities.forEach((e, i) => c.source(`entities[${i}] (${e.id})`, 'source', e.source));
  checkEvents(c, b.events);
  checkPositions(c, b.positions);
  checkClaims(c, b.claims);
  checkRelationships(c, b.relationships);
  checkParticipations(c, b.participations);
  checkLooseFigures(c, b.figures);
  checkLooseStances(c, b.stances);
  return { problems: c.problems, external: c.external };
}

interface Declaration {
  fact: string;
  id: string;
  kind: RefKind;
  isCountry: boolean;
}

const asList = (raw: unknown, key: string): unknown[] => {
  const v = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[key] : undefined;
  return Array.isArray(v) ? v : [];
};

/**
 * A bundle whose shape failed, item by item: the items that pass, for the reference checks, and the ids
 * the failing ones declare (so that their references are not reported as missing too).
 */
function partialFacts(raw: unknown): { facts: Facts; declared: Declaration[] } {
  const declared: Declaration[] = [];
  const parsed = Object.fromEntries(
    SECTIONS.map((section: Section) => {
      const ok: unknown[] = [];
      asList(raw, section).forEach((item, i) => {
        const r = SECTION_SCHEMAS[section].safeParse(item);
        if (r.success) return void ok.push(r.data);
        const o = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
        const kind =
          section === 'events' ? 'EVENT' : section === 'claims' ? 'CLAIM' : section === 'entities' ? o.kind : null;
        if (
          typeof o.id === 'string' &&
          typeof kind === 'string' &&
          ['PERSON', 'ORGANIZATION', 'PLACE', 'EVENT', 'CLAIM'].includes(kind)
        ) {
          declared.push({
            fact: `${section}[${i}] (${o.id})`,
            id: o.id,
            kind: kind as RefKind,
            isCountry: o.placeType === 'COUNTRY',
          });
        }
      });
      return [section, ok];
    }),
  );
  return { facts: parsed as unknown as Facts, declared };
}

/** What a bundle check finds: every problem in one pass, and the facts that passed their own checks. */
export interface BundleCheck {
  problems: BundleProblem[];
  external: ExternalRefs;
  /** The bundle when its shape is valid; otherwise the article (if valid) and the items that passed. */
  bundle: Bundle | null;
  partial: Facts & { article?: Bundle['article'] };
}

/**
 * Shape, vocabularies and references in one pass: a bad item does not hide the problems of the others,
 * and the references of the items that passed are checked too.
 */
export function checkBundle(raw: unknown): BundleCheck {
  const parsed = bundleSchema.safeParse(raw);
  if (parsed.success) {
    const { problems, external } = checkReferences(parsed.data);
    return { problems, external, bundle: parsed.data, partial: parsed.data };
  }
  const shape = fromZod(raw, parsed.error.issues);
  const { facts, declared } = partialFacts(raw);
  const refs = checkReferences(facts, declared);
  const article = articleSchema.safeParse(
    typeof raw === 'object' && raw !== null ? (raw as { article?: unknown }).article : undefined,
  );
  return {
    problems: [...shape, ...refs.problems],
    external: refs.external,
    bundle: null,
    partial: { ...facts, ...(article.success ? { article: article.data } : {}) },
  };
}

/** A whole bundle: shape and references. Throws BundleValidationError listing every problem found. */
export function validateBundle(raw: unknown): { bundle: Bundle; external: ExternalRefs } {
  const r = checkBundle(raw);
  if (r.problems.length || !r.bundle) throw new BundleValidationError(r.problems);
  return { bundle: r.bundle, external: r.external };
}

/** Facts added to an existing article: the same rules, every id external. */
export function validateFacts(raw: unknown): { facts: FactSet; external: ExternalRefs } {
  const parsed = factSet.safeParse(raw);
  if (!parsed.success) throw new BundleValidationError(fromZod(raw, parsed.error.issues));
  const { problems, external } = checkReferences({ entities: [], events: [], positions: [], ...parsed.data });
  if (problems.length) throw new BundleValidationError(problems);
  return { facts: parsed.data, external };
}
