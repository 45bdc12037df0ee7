import type { Bundle, FigureInput, SourceInput, StanceInput } from '../bundle/bundle.schema';
import { speakerLabel } from '../bundle/bundle.validator';

// Every fact of a bundle under a stable key (bundle ids, before resolution) and its content: what a
// revision compares, and what tells the writer which facts a revision changed. The key names the fact;
// the content is everything the article says about it, its source included.

export type FactKind =
  | 'entity'
  | 'event'
  | 'place'
  | 'partOf'
  | 'participation'
  | 'position'
  | 'claim'
  | 'stance'
  | 'subject'
  | 'figure'
  | 'relationship';

export interface KeyedFact {
  kind: FactKind;
  key: string;
  /** Where it is in the bundle: "events[2] (event:x) → participants[1]". */
  fact: string;
  content: unknown;
}

type Facts = Omit<Bundle, 'formatVersion' | 'article' | '$schema'>;

/** Who speaks in a stance, as part of its key: the actor id, "anonymous:<description>" or "outlet". */
export const speakerKey = (s: Pick<StanceInput, 'actorId' | 'anonymous' | 'outlet'>) =>
  s.actorId ?? (s.anonymous !== undefined ? `anonymous:${s.anonymous.toLowerCase()}` : 'outlet');

export const keys = {
  node: (id: string) => `node|${id}`,
  place: (eventId: string, placeId: string) => `place|${eventId}|${placeId}`,
  partOf: (eventId: string, parent: string) => `partOf|${eventId}|${parent}`,
  participation: (eventId: string, actorId: string, role: string) => `participation|${eventId}|${actorId}|${role}`,
  position: (personId: string, officeId: string) => `position|${personId}|${officeId}`,
  claim: (id: string) => `claim|${id}`,
  stance: (claimId: string, s: Pick<StanceInput, 'actorId' | 'anonymous' | 'outlet' | 'stance'>) =>
    `stance|${claimId}|${speakerKey(s)}|${s.stance}`,
  subject: (claimId: string, aboutId: string) => `subject|${claimId}|${aboutId}`,
  figure: (id: string) => `figure|${id}`,
  relationship: (type: string, from: string, to: string) => `relationship|${type}|${from}|${to}`,
};

/** Every fact of a bundle, keyed; a fact stated twice (a participant also in participations) appears twice. */
export function keyedFacts(b: Facts): KeyedFact[] {
  const out: KeyedFact[] = [];
  const push = (kind: FactKind, key: string, fact: string, content: unknown) => out.push({ kind, key, fact, content });
  const figure = (fact: string, f: FigureInput, at: { claimId?: string; eventId?: string; source: SourceInput }) =>
    push('figure', keys.figure(f.id), fact, { ...f, ...at });

  b.entities.forEach((e, i) => push('entity', keys.node(e.id), `entities[${i}] (${e.id})`, e));
  b.events.forEach((e, i) => {
    const fact = `events[${i}] (${e.id})`;
    const { placeIds, partOf, participants, figures, ...own } = e;
    push('event', keys.node(e.id), fact, own);
    placeIds.forEach((p, j) =>
      push('place', keys.place(e.id, p), `${fact} → placeIds[${j}]`, { placeId: p, source: e.source }),
    );
    if (partOf) push('partOf', keys.partOf(e.id, partOf), `${fact} → partOf`, { partOf, source: e.source });
    participants.forEach((p, j) =>
      push('participation', keys.participation(e.id, p.actorId, p.role), `${fact} → participants[${j}]`, p),
    );
    figures.forEach((f, j) => figure(`${fact} → figures[${j}]`, f, { eventId: e.id, source: e.source }));
  });
  b.positions.forEach((p, i) =>
    push('position', keys.position(p.personId, p.office.id), `positions[${i}] (${p.personId})`, p),
  );
  b.claims.forEach((c, i) => {
    const fact = `claims[${i}] (${c.id})`;
    const { stances, aboutIds, figures, ...own } = c;
    push('claim', keys.claim(c.id), fact, own);
    stances.forEach((s, j) => push('stance', keys.stance(c.id, s), `${fact} → stances[${j}]`, s));
    aboutIds.forEach((a, j) =>
      push('subject', keys.subject(c.id, a), `${fact} → aboutIds[${j}]`, { aboutId: a, source: c.source }),
    );
    figures.forEach((f, j) => figure(`${fact} → figures[${j}]`, f, { claimId: c.id, source: c.source }));
  });
  b.relationships.forEach((r, i) =>
    push(
      'relationship',
      keys.relationship(r.type, r.from, r.to),
      `relationships[${i}] (${r.type} ${r.from} → ${r.to})`,
      r,
    ),
  );
  b.participations.forEach((p, i) =>
    push(
      'participation',
      keys.participation(p.eventId, p.actorId, p.role),
      `participations[${i}] (${p.actorId} → ${p.eventId})`,
      p,
    ),
  );
  b.figures.forEach((f, i) => push('figure', keys.figure(f.id), `figures[${i}] (${f.id})`, f));
  b.stances.forEach((s, i) =>
    push('stance', keys.stance(s.claimId, s), `stances[${i}] (${speakerLabel(s)} ${s.stance} ${s.claimId})`, s),
  );
  return out;
}
