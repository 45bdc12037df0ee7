import fs from 'node:fs';
import path from 'node:path';
import { parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../src/engine/seed/seed.service';
import { closeTestDb, testDb, wipe } from '../support/test-db';
import { gql } from '../support/test-graphql';
import { ROOT, paths } from '../../src/core/paths';

// Every operation in docs/examples.graphql runs against the seeded graph and is checked for the right
// answer (the expectations below come from the two articles).
const FILE = path.join(ROOT, 'docs', 'examples.graphql');
const source = fs.readFileSync(FILE, 'utf8');
const operations = parse(source).definitions.filter(
  (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
);

const ids = (edges: { node: { id: string } }[]) => edges.map((e) => e.node.id);

const EXPECT: Record<string, (data: any) => void> = {
  WhoMediatedDoha: (d) => {
    const mediators = d.event.participants
      .filter((p: any) => p.role === 'MEDIATOR')
      .map((p: any) => p.actor.name)
      .sort();
    expect(mediators).toEqual(['Qatar', 'Turkey']);
    expect(d.event.places[0]).toEqual({ name: 'Doha', parent: { name: 'Qatar' } });
    expect(d.event.dateLabel).toBe('19 October 2025');
    expect(d.event.participants[0].sources[0].article.title).toMatch(/Istanbul/);
    expect(d.event.partOf.partOf.name).toMatch(/peace process/i);
  },
  EntityById: (d) => {
    expect(d.entity).toMatchObject({
      __typename: 'Organization',
      name: 'Tehreek-e-Taliban Pakistan',
      orgType: 'MILITANT_GROUP',
    });
    expect(d.entity.aliases).toContain('TTP');
    expect(d.entity.sources[0].article.id).toBe('article:2025-10-26-istanbul-talks');
  },
  PersonWithOffices: (d) => {
    expect(d.person.positions[0]).toMatchObject({
      officeName: 'Defence Minister of Pakistan',
      organization: { name: 'Government of Pakistan' },
    });
    expect(d.person.stances.map((s: any) => s.quote).join(' ')).toContain('open war');
  },
  OrganizationHolders: (d) => {
    expect(d.organization.officeHolders.map((h: any) => h.person.name).sort()).toEqual([
      'Hajji Najib',
      'Mohammad Yaqoob Mujahid',
    ]);
  },
  PlaceHierarchy: (d) => {
    expect(d.place).toEqual({
      name: 'Kalat',
      placeType: 'DISTRICT',
      parent: { name: 'Balochistan', parent: { name: 'Pakistan' } },
    });
  },
  SearchSpellingVariant: (d) => {
    expect(ids(d.search.edges)[0]).toBe('person:mohammad-yaqoob-mujahid');
    expect(d.search.edges[0]).toMatchObject({ match: 'PHONETIC', matchedName: 'Yaqoob Mujahid' });
  },
  SearchScriptsAndTitles: (d) => {
    expect(d.urdu.edges[0]).toMatchObject({ match: 'NAME', node: { id: 'person:hajji-najib' } });
    expect(d.pashto.edges[0]).toMatchObject({ match: 'NAME', node: { id: 'person:sarfraz-bugti' } });
    expect(d.sound.edges[0]).toMatchObject({ match: 'PHONETIC', matchedName: 'Hajji Najib' });
    expect(d.title.edges[0]).toMatchObject({
      match: 'TITLE',
      matchedName: 'Defence Minister of Pakistan',
      node: { id: 'person:khawaja-muhammad-asif' },
    });
  },
  SearchClaimsByQuote: (d) => {
    expect(d.searchClaims.edges[0].node.id).toBe('claim:khawaja-asif-open-war-warning');
    expect(d.searchClaims.edges[0].node.assertedBy[0].quote).toContain('open war');
  },
  PlacesBorderingAfghanistan: (d) => {
    expect(d.places.totalCount).toBe(3);
    expect(ids(d.places.edges)).toEqual(['place:balochistan', 'place:khyber-pakhtunkhwa', 'place:pakistan']);
  },
  PeopleByName: (d) => {
    expect(d.people.totalCount).toBe(4);
    expect(ids(d.people.edges)).toEqual([
      'person:hajji-najib',
      'person:khawaja-muhammad-asif',
      'person:mohammad-yaqoob-mujahid',
      'person:sarfraz-bugti',
    ]);
  },
  MilitantGroups: (d) => {
    expect(ids(d.organizations.edges).sort()).toEqual([
      'org:baloch-separatist-groups',
      'org:balochistan-liberation-army',
      'org:ttp',
    ]);
  },
  DistrictsOfBalochistan: (d) => {
    expect(ids(d.places.edges).sort()).toEqual(['place:dera-bugti-district', 'place:kalat-district']);
  },
  BalochistanInDecember: (d) => {
    const got = ids(d.events.edges);
    expect(got).toContain('event:kalat-operation-2025-12-06');
    expect(got).toContain('event:dera-bugti-operation-2025-12');
    const kalat = d.events.edges.find((e: any) => e.node.id === 'event:kalat-operation-2025-12-06').node;
    expect(kalat.figures[0]).toMatchObject({
      metric: 'militants_killed',
      value: 12,
      claim: { assertedBy: [{ actor: { name: 'Inter-Services Public Relations' } }] },
    });
    // Whole-year 2025 events overlap December too; nothing outside Balochistan is listed.
    for (const e of d.events.edges)
      expect(
        e.node.places.length === 0 ||
          e.node.places.every((p: any) => ['Balochistan', 'Kalat', 'Dera Bugti'].includes(p.name)),
      ).toBe(true);
  },
  ClaimsAboutBalochistan: (d) => {
    const toll = d.claims.edges
      .map((e: any) => e.node)
      .find((c: any) => c.figures.some((f: any) => f.metric === 'security_personnel_killed'));
    expect(toll.assertedBy[0].actor.name).toBe('Sarfraz Bugti');
    expect(toll.assertedBy[0].quote).toContain('205 security forces personnel');
    expect(toll.figures.find((f: any) => f.metric === 'security_personnel_killed')).toMatchObject({
      value: 205,
      unit: 'people',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      place: { name: 'Balochistan' },
    });
    expect(toll.sources[0].article.dateCertainty).toBe('INFERRED');
  },
  WhoDeniesWhat: (d) => {
    const pairs = d.claims.edges.map((e: any) => [
      e.node.assertedBy.map((s: any) => s.actor.name).join(),
      e.node.deniedBy.map((s: any) => s.actor.name).join(),
    ]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        ['Government of Pakistan', 'Afghan Taliban'],
        ['Baloch separatist militant groups', 'Government of Pakistan'],
        ['Government of Pakistan', 'Government of India'],
      ]),
    );
  },
  OneClaim: (d) => {
    expect(d.claim).toMatchObject({ kind: 'WARNING', date: '2025-10-25' });
    expect(d.claim.stances[0]).toMatchObject({ stance: 'ASSERTS', actor: { name: 'Khawaja Muhammad Asif' } });
  },
  Articles: (d) => {
    expect(d.articles.map((a: any) => a.id)).toEqual([
      'article:2025-12-07-balochistan-security-toll',
      'article:2025-10-26-istanbul-talks',
    ]);
  },
  OneArticle: (d) => {
    expect(d.article).toMatchObject({ publishedDate: '2025-12-07', dateCertainty: 'INFERRED' });
  },
  DohaNeighborhood: (d) => {
    const nodeIds = d.neighborhood.nodes.map((n: any) => n.id);
    expect(nodeIds).toEqual(
      expect.arrayContaining(['event:doha-ceasefire-signing-2025-10-19', 'place:qatar', 'place:turkey', 'place:doha']),
    );
    expect(d.neighborhood.edges).toEqual(
      expect.arrayContaining([
        {
          type: 'PARTICIPATED_IN',
          source: 'place:qatar',
          target: 'event:doha-ceasefire-signing-2025-10-19',
          role: 'MEDIATOR',
        },
      ]),
    );
    for (const e of d.neighborhood.edges) {
      expect(nodeIds).toContain(e.source);
      expect(nodeIds).toContain(e.target);
    }
  },
  AsifToTurkey: (d) => {
    expect(d.paths.stoppedEarly).toBe(false);
    expect(d.paths.paths.length).toBeGreaterThan(0);
    const p = d.paths.paths[0];
    expect(p.length).toBe(2);
    expect(p.nodes[0].id).toBe('person:khawaja-muhammad-asif');
    expect(p.nodes[2].id).toBe('place:turkey');
    expect(p.hops[0]).toMatchObject({ type: 'PARTICIPATED_IN', direction: 'FORWARD' });
    expect(p.hops[1]).toMatchObject({ type: 'PARTICIPATED_IN', direction: 'BACKWARD', role: 'MEDIATOR' });
  },
  BugtiToNajib: (d) => {
    expect(d.paths).toMatchObject({ stoppedEarly: false, searchedHops: 5 });
    expect(d.paths.paths).toHaveLength(3);
    expect(d.paths.paths[0].length).toBe(5);
    expect(d.paths.paths[0].nodes.at(-1).id).toBe('person:hajji-najib');
  },
  ArticleMentions: (d) => {
    const text = fs.readFileSync(path.join(paths.articles, '2025-12-07-balochistan-security-toll.txt'), 'utf8');
    const byEntity = new Map<string, string[]>();
    for (const m of d.article.mentions) {
      expect(text.slice(m.start, m.start + m.surface.length)).toBe(m.surface);
      byEntity.set(m.entity.id, [...(byEntity.get(m.entity.id) ?? []), m.surface]);
    }
    expect(byEntity.get('person:sarfraz-bugti')).toEqual(expect.arrayContaining(['Sarfraz Bugti']));
    expect(byEntity.get('place:dera-bugti-district')).toEqual(['Dera Bugti area']); // the longest alias wins
    expect(byEntity.get('org:balochistan-liberation-army')).toEqual(['Balochistan Liberation Army']);
    expect(d.entity.mentions.map((m: any) => m.surface)).toContain('ISPR');
    expect(d.article.mentionCandidates).not.toContain('Sarfraz Bugti');
  },
  EventsPerMonth: (d) => {
    const r = d.eventsOverTime;
    expect(r.buckets).toHaveLength(12);
    const perMonth = r.buckets.map((_: unknown, i: number) =>
      r.series.reduce((n: number, s: any) => n + s.counts[i], 0),
    );
    // October: 5 dated events + 4 known to the month; December: 4 dated + Dera Bugti (month).
    expect(perMonth).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 5]);
    expect(r.imprecise).toBe(2); // the two Balochistan 2025 totals, known only to the year
  },
  MilitantsKilledSeries: (d) => {
    const rows = d.figureSeries.map((s: any) => [
      s.scope,
      s.place.name,
      s.points[0].value,
      s.points[0].speakers[0].name,
    ]);
    expect(rows.sort()).toEqual([
      ['AGGREGATE', 'Balochistan', 760, 'Sarfraz Bugti'],
      ['EVENT', 'Dera Bugti', 5, 'Pakistan Armed Forces'],
      ['EVENT', 'Kalat', 12, 'Inter-Services Public Relations'],
    ]);
  },
  TopActorsByEvents: (d) => {
    expect(d.topActors.slice(0, 2).map((a: any) => [a.actor.name, a.events])).toEqual([
      ['Pakistan', 7],
      ['Pakistan Armed Forces', 7],
    ]);
  },
  ClaimsBySpeaker: (d) => {
    expect(d.claimStances.speakers[0]).toEqual({ speaker: { name: 'Sarfraz Bugti' }, asserts: 5, denies: 0, total: 5 });
  },
  NodeById: (d) => {
    expect(d.node).toMatchObject({ __typename: 'Claim', id: 'claim:khawaja-asif-open-war-warning' });
    expect(d.node.text).toContain('open war');
  },
  NodesByIds: (d) => {
    expect(d.nodes.map((n: any) => n.__typename)).toEqual(['Organization', 'Article', 'Figure']);
  },
  EventAccounts: (d) => {
    // One article tells of the Istanbul round: one account, shown for its dates and description, undisputed.
    expect(d.entity.disputed).toBe(false);
    expect(d.entity.accounts).toEqual([
      expect.objectContaining({
        start: '2025-10-25',
        end: '2025-10-26',
        shown: expect.arrayContaining(['DATES', 'DESCRIPTION']),
        source: { article: { id: 'article:2025-10-26-istanbul-talks' } },
      }),
    ]);
  },
  // The seed's articles have never been revised or corrected.
  ArticleHistory: (d) => expect(d.changeRecords).toEqual([]),
  Metrics: (d) => {
    const killed = d.metrics.find((m: any) => m.name === 'security_personnel_killed');
    expect(killed).toMatchObject({ unit: 'people' });
    expect(killed.synonyms).toContain('soldiers_killed');
  },
  HeaderPanel: (d) => {
    expect(d.graphSummary).toMatchObject({
      people: 4,
      events: 21,
      claims: 19,
      figures: 10,
      articles: 2,
      firstEventStart: '2004-01-01',
      lastEventStart: '2025-12-07',
    });
  },
  PeaceProcessTimeline: (d) => {
    const got = d.timeline.map((t: any) => t.event.id);
    // Both Doha events are of 19 October (same-day ties go by id); the Istanbul round follows.
    expect(got.slice(0, 2).sort()).toEqual(['event:doha-ceasefire-signing-2025-10-19', 'event:doha-talks-2025-10-19']);
    expect(got[2]).toBe('event:istanbul-talks-2025-10');
    expect(d.timeline[2].dateLabel).toBe('25 October 2025 – 26 October 2025'); // ran into the Sunday
  },
};

describe('docs/examples.graphql against the seeded graph', () => {
  beforeAll(async () => {
    await wipe();
    await seed(await testDb());
  });
  afterAll(closeTestDb);

  it('has an example of every root query field', async () => {
    const { createSchema } = await import('../../src/api/schema');
    const rootFields = Object.keys((await createSchema()).getQueryType()!.getFields());
    const used = new Set(
      operations.flatMap((op) => op.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : []))),
    );
    expect(rootFields.filter((f) => !used.has(f))).toEqual([]);
  });

  for (const op of operations) {
    const name = op.name!.value;
    it(name, async () => {
      const res = await gql(source, {}, undefined, name);
      expect(res.errors).toBeUndefined();
      expect(EXPECT[name], `no expectation for ${name}`).toBeDefined();
      EXPECT[name]!(res.data);
    });
  }
});
