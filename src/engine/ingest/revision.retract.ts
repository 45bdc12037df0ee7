import type { TxRunner } from '../../db/database';
import type { StanceInput } from '../bundle/bundle.schema';
import type { KeyedFact } from '../facts/fact.keys';
import { speakerOf, type FactContext } from '../facts/fact.rows';
import type { Touched } from '../facts/value.refresh';

// Facts a revision removed from its article lose that article as a source: relationships leave its
// provenance (and go when no source is left), nodes lose its SOURCED_FROM (and go when nothing else
// holds them). One UNWIND per kind, relationships before the nodes they hold.

const parts = (key: string) => key.split('|');

export async function retractFacts(
  tx: TxRunner,
  removed: KeyedFact[],
  ctx: Pick<FactContext, 'articleId' | 'resolve'>,
): Promise<Touched> {
  const articleId = ctx.articleId;
  const r = (id: string) => ctx.resolve(id);
  const of = (kind: KeyedFact['kind']) => removed.filter((f) => f.kind === kind);

  const stances = of('stance').map((f) => {
    const s = f.content as StanceInput;
    const claimId = parts(f.key)[1]!;
    return { speakerId: speakerOf(s, { ...ctx, by: '', now: '' }).speakerId, claimId, stance: s.stance, articleId };
  });
  const subjects = of('subject').map((f) => {
    const [, claimId, aboutId] = parts(f.key);
    return { claimId: claimId!, subjectId: r(aboutId!), articleId };
  });
  const relationships = [
    ...of('relationship').map((f) => {
      const [, type, from, to] = parts(f.key);
      return { type: type!, from: r(from!), to: r(to!), role: null, articleId };
    }),
    ...of('place').map((f) => {
      const [, eventId, placeId] = parts(f.key);
      return { type: 'OCCURRED_IN', from: r(eventId!), to: r(placeId!), role: null, articleId };
    }),
    ...of('partOf').map((f) => {
      const [, eventId, parent] = parts(f.key);
      return { type: 'PART_OF', from: r(eventId!), to: r(parent!), role: null, articleId };
    }),
    ...of('participation').map((f) => {
      const [, eventId, actorId, role] = parts(f.key);
      return { type: 'PARTICIPATED_IN', from: r(actorId!), to: r(eventId!), role: role!, articleId };
    }),
  ];
  const positions = of('position').map((f) => {
    const [, personId, officeId] = parts(f.key);
    return { personId: r(personId!), officeId: officeId!, articleId };
  });
  const ids = (kind: KeyedFact['kind']) => of(kind).map((f) => ({ id: r(parts(f.key)[1]!), articleId }));
  const nodes = [...ids('entity'), ...ids('event')];

  if (stances.length) await tx.run('retract-claim-stances', { rows: stances });
  if (subjects.length) await tx.run('retract-claim-subjects', { rows: subjects });
  if (relationships.length) await tx.run('retract-entity-relationships', { rows: relationships });
  if (positions.length) await tx.run('retract-positions', { rows: positions });
  if (of('figure').length) await tx.run('retract-figures', { rows: ids('figure') });
  if (of('claim').length) await tx.run('retract-claims', { rows: ids('claim') });
  if (nodes.length) await tx.run('retract-entity-sources', { rows: nodes });
  return {
    entities: [...nodes.map((n) => n.id), ...relationships.filter((x) => x.type === 'OCCURRED_IN').map((x) => x.from)],
    positions: positions.map(({ personId, officeId }) => ({ personId, officeId })),
  };
}
