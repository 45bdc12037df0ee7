import type { ZodIssue } from 'zod';
import { bundle as bundleSchema, type Bundle } from './bundle.schema';
import { RELATIONSHIP_TYPES, type RelationshipTypeName } from './vocabulary';

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

const SECTIONS = ['entities', 'events', 'positions', 'claims', 'relationships', 'participations', 'figures'] as const;

function describeFact(raw: unknown, path: (string | number)[]): { fact: string; field: string } {
  const [section, index, ...rest] = path;
  if (typeof section === 'string' && typeof index === 'number' && (SECTIONS as readonly string[]).includes(section)) {
    const item = (raw as Record<string, unknown[]>)?.[section]?.[index] as Record<string, unknown> | undefined;
    const label =
      typeof item?.id === 'string'
        ? ` (${item.id})`
        : section === 'relationships' && item
          ? ` (${String(item.type)} ${String(item.from)} → ${String(item.to)})`
          : section === 'positions' && item
            ? ` (${String(item.personId)})`
            : section === 'participations' && item
              ? ` (${String(item.actorId)} → ${String(item.eventId)})`
              : '';
    return { fact: `${section}[${index}]${label}`, field: rest.join('.').replace(/\.(\d+)/g, '[$1]') };
  }
  return { fact: String(section ?? 'bundle'), field: [index, ...rest].filter((x) => x !== undefined).join('.') };
}

function fromZod(raw: unknown, issues: ZodIssue[]): BundleProblem[] {
  return issues.map((i) => ({ ...describeFact(raw, i.path), message: i.message }));
}

/**
 * Checks shape and internal references. References to ids the bundle does not declare are returned
 * as `external`: the ingester requires them to exist in the graph.
 */
export function validateBundle(raw: unknown): { bundle: Bundle; external: Map<string, string[]> } {
  const parsed = bundleSchema.safeParse(raw);
  if (!parsed.success) throw new BundleValidationError(fromZod(raw, parsed.error.issues));
  const b = parsed.data;
  const problems: BundleProblem[] = [];
  const kindOf = new Map<string, string>();
  const declare = (fact: string, id: string, kind: string) => {
    if (kindOf.has(id)) problems.push({ fact, field: 'id', message: `duplicate id '${id}'` });
    kindOf.set(id, kind);
  };
  b.entities.forEach((e, i) => declare(`entities[${i}] (${e.id})`, e.id, e.kind));
  b.events.forEach((e, i) => declare(`events[${i}] (${e.id})`, e.id, 'EVENT'));
  const figureIds = new Set<string>();
  b.events.forEach((e, i) =>
    e.figures.forEach((f, j) => {
      if (figureIds.has(f.id))
        problems.push({ fact: `events[${i}] (${e.id})`, field: `figures[${j}].id`, message: `duplicate id '${f.id}'` });
      figureIds.add(f.id);
    }),
  );
  b.claims.forEach((c, i) => {
    declare(`claims[${i}] (${c.id})`, c.id, 'CLAIM');
    c.figures.forEach((f, j) => {
      if (figureIds.has(f.id))
        problems.push({ fact: `claims[${i}] (${c.id})`, field: `figures[${j}].id`, message: `duplicate id '${f.id}'` });
      figureIds.add(f.id);
    });
  });

  const external = new Map<string, string[]>();
  const ref = (fact: string, field: string, id: string, allowed: readonly string[]) => {
    const kind = kindOf.get(id);
    if (kind === undefined) {
      const prefixKind = { person: 'PERSON', org: 'ORGANIZATION', place: 'PLACE', event: 'EVENT', claim: 'CLAIM' }[
        id.split(':')[0]!
      ];
      if (!prefixKind) {
        problems.push({ fact, field, message: `'${id}' is not declared in the bundle and its prefix names no kind` });
        return;
      }
      if (!allowed.includes(prefixKind)) {
        problems.push({ fact, field, message: `'${id}' is a ${prefixKind}, expected ${allowed.join(' or ')}` });
        return;
      }
      external.set(id, [...(external.get(id) ?? []), `${fact} → ${field}`]);
      return;
    }
    if (!allowed.includes(kind))
      problems.push({ fact, field, message: `'${id}' is a ${kind}, expected ${allowed.join(' or ')}` });
  };
  const ACTOR = ['PERSON', 'ORGANIZATION', 'PLACE'] as const;
  const countries = new Set(b.entities.filter((e) => e.kind === 'PLACE' && e.placeType === 'COUNTRY').map((e) => e.id));
  /** Only people, organizations and countries act (take part, assert, deny); a province or city does not. */
  const actor = (fact: string, field: string, id: string) => {
    ref(fact, field, id, ACTOR);
    if (kindOf.get(id) === 'PLACE' && !countries.has(id)) {
      problems.push({
        fact,
        field,
        message: `'${id}' is a place but not a country; only people, organizations and countries act`,
      });
    }
  };
  const checkSource = (fact: string, field: string, s: { reportedBy?: string }) => {
    if (s.reportedBy) ref(fact, `${field}.reportedBy`, s.reportedBy, ACTOR);
  };

  b.entities.forEach((e, i) => checkSource(`entities[${i}] (${e.id})`, 'source', e.source));
  b.events.forEach((e, i) => {
    const fact = `events[${i}] (${e.id})`;
    e.placeIds.forEach((p, j) => ref(fact, `placeIds[${j}]`, p, ['PLACE']));
    if (e.partOf) {
      ref(fact, 'partOf', e.partOf, ['EVENT']);
      if (e.partOf === e.id) problems.push({ fact, field: 'partOf', message: 'an event cannot be part of itself' });
    }
    e.participants.forEach((p, j) => {
      actor(fact, `participants[${j}].actorId`, p.actorId);
      checkSource(fact, `participants[${j}].source`, p.source);
    });
    e.figures.forEach((f, j) => {
      if (f.placeId) ref(fact, `figures[${j}].placeId`, f.placeId, ['PLACE']);
    });
    checkSource(fact, 'source', e.source);
  });
  b.positions.forEach((p, i) => {
    const fact = `positions[${i}] (${p.personId})`;
    ref(fact, 'personId', p.personId, ['PERSON']);
    ref(fact, 'organizationId', p.organizationId, ['ORGANIZATION', 'PLACE']);
    checkSource(fact, 'source', p.source);
  });
  b.claims.forEach((c, i) => {
    const fact = `claims[${i}] (${c.id})`;
    c.stances.forEach((s, j) => {
      actor(fact, `stances[${j}].actorId`, s.actorId);
      checkSource(fact, `stances[${j}].source`, s.source);
    });
    c.aboutIds.forEach((a, j) => ref(fact, `aboutIds[${j}]`, a, ['PERSON', 'ORGANIZATION', 'PLACE', 'EVENT', 'CLAIM']));
    c.figures.forEach((f, j) => {
      if (f.placeId) ref(fact, `figures[${j}].placeId`, f.placeId, ['PLACE']);
      if (f.eventId) ref(fact, `figures[${j}].eventId`, f.eventId, ['EVENT']);
    });
    checkSource(fact, 'source', c.source);
  });
  b.relationships.forEach((r, i) => {
    const fact = `relationships[${i}] (${r.type} ${r.from} → ${r.to})`;
    const rule = RELATIONSHIP_TYPES[r.type as RelationshipTypeName];
    ref(fact, 'from', r.from, rule.from);
    ref(fact, 'to', r.to, rule.to);
    const kindOfRef = (x: string) => kindOf.get(x) ?? x.split(':')[0];
    if (r.type === 'PART_OF' && kindOfRef(r.from) !== kindOfRef(r.to)) {
      problems.push({ fact, field: 'to', message: 'PART_OF joins two organizations or two events' });
    }
    if (r.from === r.to) problems.push({ fact, field: 'to', message: 'a relationship cannot point to its own start' });
    checkSource(fact, 'source', r.source);
  });

  b.participations.forEach((p, i) => {
    const fact = `participations[${i}] (${p.actorId} → ${p.eventId})`;
    ref(fact, 'eventId', p.eventId, ['EVENT']);
    actor(fact, 'actorId', p.actorId);
    checkSource(fact, 'source', p.source);
  });
  b.figures.forEach((f, i) => {
    const fact = `figures[${i}] (${f.id})`;
    if (figureIds.has(f.id)) problems.push({ fact, field: 'id', message: `duplicate id '${f.id}'` });
    figureIds.add(f.id);
    if (f.claimId) ref(fact, 'claimId', f.claimId, ['CLAIM']);
    if (f.eventId) ref(fact, 'eventId', f.eventId, ['EVENT']);
    if (f.placeId) ref(fact, 'placeId', f.placeId, ['PLACE']);
    checkSource(fact, 'source', f.source);
  });

  if (problems.length) throw new BundleValidationError(problems);
  return { bundle: b, external };
}
