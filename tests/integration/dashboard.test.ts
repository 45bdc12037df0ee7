import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../src/engine/seed/seed.service';
import { bucketCount } from '../../src/read/dashboard/dashboard.query';
import {
  BUNDLES,
  actorIds,
  claims,
  connectionsOf,
  entities,
  events,
  eventsOfActor,
  expectedBuckets,
  figures,
  kindOf,
  monthBuckets,
  nameOf,
  period,
  placeAndWithin,
  relationships,
  weekBuckets,
} from '../support/bundle-expectations';
import { closeTestDb, testDb, wipe } from '../support/test-db';
import { gql } from '../support/test-graphql';

// Every number below is computed from data/articles/*.json (or counted by hand from them), never
// from the API under test.

const EVENTS_OVER_TIME = `query($granularity: Granularity!, $from: LocalDate!, $to: LocalDate!, $groupBy:
  EventGrouping, $eventTypes: [EventType!], $placeId: ID, $actorId: ID, $limit: Int) {
  eventsOverTime(granularity: $granularity, from: $from, to: $to, groupBy: $groupBy, eventTypes: $eventTypes,
    placeId: $placeId, actorId: $actorId, limit: $limit) {
    granularity groupBy from to buckets { start end }
    series { key label counts imprecise total impreciseTotal }
    seriesCount total imprecise
  } }`;

/** One round trip per aggregate query, whatever it returns. */
async function oneTrip<T>(run: () => Promise<T>): Promise<T> {
  const db = await testDb();
  const before = db.roundTrips;
  const out = await run();
  expect(db.roundTrips - before).toBe(1);
  return out;
}

async function eventsOverTime(vars: Record<string, unknown>) {
  const res = await oneTrip(() => gql(EVENTS_OVER_TIME, vars));
  expect(res.errors).toBeUndefined();
  return res.data!.eventsOverTime;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('dashboard aggregates over the seeded graph', () => {
  beforeAll(async () => {
    await wipe();
    await seed(await testDb());
  });
  afterAll(closeTestDb);

  describe('eventsOverTime', () => {
    it('counts events per month of 2025 by type, zeros included, year-only events apart as imprecise', async () => {
      const r = await eventsOverTime({ granularity: 'MONTH', from: '2025-01-01', to: '2025-12-31', groupBy: 'TYPE' });
      const buckets = monthBuckets(2025);
      expect(r.buckets).toEqual(buckets);
      expect(r.from).toBe('2025-01-01');
      expect(r.to).toBe('2025-12-31');

      const types = [...new Set(events.map((e) => e.eventType))];
      const expected = types
        .map((t) => ({
          key: t,
          ...expectedBuckets(
            events.filter((e) => e.eventType === t),
            buckets,
            'MONTH',
          ),
        }))
        .filter((s) => s.total + s.impreciseTotal > 0);
      expect(r.series.map((s: any) => s.key).sort()).toEqual(expected.map((s) => s.key).sort());
      for (const s of expected) {
        const got = r.series.find((x: any) => x.key === s.key);
        expect(got.counts, s.key).toEqual(s.placed);
        expect(got.imprecise, s.key).toEqual(s.imprecise);
        expect(got.total, s.key).toBe(s.total);
        expect(got.impreciseTotal, s.key).toBe(s.impreciseTotal);
        expect(got.counts).toHaveLength(12);
      }
      const all = expectedBuckets(events, buckets, 'MONTH');
      expect(r.total).toBe(all.total);
      expect(r.imprecise).toBe(all.impreciseTotal);

      // By hand from the two articles: October has the Doha talks and signing (19th), the Istanbul talks
      // and Asif's remarks (25th), the PTV report (26th) and four month-only events (clashes, airstrikes,
      // crossings closure, peace process); December has four dated days and the Dera Bugti operation
      // (month only). The two Balochistan 2025 totals are known only to the year: imprecise, never placed.
      const byMonth = buckets.map((_, i) => sum(r.series.map((s: any) => s.counts[i])));
      expect(byMonth).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 5]);
      expect(r.total).toBe(14);
      expect(r.imprecise).toBe(2);
    });

    it('never places a month-precision event in a week: weeks of October 2025 count day-dated ones only', async () => {
      const r = await eventsOverTime({ granularity: 'WEEK', from: '2025-10-01', to: '2025-10-31', groupBy: 'NONE' });
      const buckets = weekBuckets('2025-10-01', '2025-10-31');
      expect(r.buckets).toEqual(buckets);
      expect(r.buckets[0].start).toBe('2025-09-29'); // the Monday of 1 October's week
      const want = expectedBuckets(events, buckets, 'DAY');
      expect(r.series).toHaveLength(1);
      expect(r.series[0].key).toBe('all');
      expect(r.series[0].counts).toEqual(want.placed);
      expect(r.series[0].imprecise).toEqual(want.imprecise);
      // Hand count: week of 13–19 Oct holds the two Doha events, 20–26 Oct the three of 25–26 Oct.
      expect(r.series[0].counts).toEqual([0, 0, 2, 3, 0]);
      // Four October-only events and the two 2025-only ones overlap every week of October.
      expect(r.series[0].imprecise).toEqual([6, 6, 6, 6, 6]);
      expect(r.imprecise).toBe(6);
    });

    it('counts per day with every empty day present', async () => {
      const r = await eventsOverTime({ granularity: 'DAY', from: '2025-12-01', to: '2025-12-10', groupBy: 'NONE' });
      expect(r.buckets).toHaveLength(10);
      expect(r.series[0].counts).toEqual([0, 0, 0, 0, 0, 2, 2, 0, 0, 0]);
      expect(r.series[0].imprecise).toEqual(Array(10).fill(3)); // Dera Bugti (December) + two 2025 totals
    });

    it('filters by a place including the places within it, one series per place the events are in', async () => {
      const r = await eventsOverTime({
        granularity: 'YEAR',
        from: '2000-01-01',
        to: '2025-12-31',
        groupBy: 'PLACE',
        placeId: 'place:balochistan',
      });
      const within = placeAndWithin('place:balochistan');
      const inPlace = events.filter((e) => (e.placeIds ?? []).some((p) => within.has(p)));
      const buckets = Array.from({ length: 26 }, (_, i) => ({ start: `${2000 + i}-01-01`, end: `${2000 + i}-12-31` }));
      expect(r.buckets).toEqual(buckets);
      expect(r.total).toBe(expectedBuckets(inPlace, buckets, 'YEAR').total);
      expect(r.total).toBe(5); // by hand: the insurgency (2004), the two 2025 totals, Kalat and Dera Bugti
      for (const placeId of within) {
        const evs = inPlace.filter((e) => (e.placeIds ?? []).includes(placeId));
        const got = r.series.find((s: any) => s.key === placeId);
        if (!evs.length) {
          expect(got).toBeUndefined();
          continue;
        }
        expect(got.label).toBe(nameOf(placeId));
        expect(got.counts).toEqual(expectedBuckets(evs, buckets, 'YEAR').placed);
      }
    });

    it('filters by actor and event type; groups by actor with a series for each participant', async () => {
      const actor = 'org:pakistan-armed-forces';
      const mine = events.filter((e) => (e.participants ?? []).some((p) => p.actorId === actor));
      const buckets = Array.from({ length: 26 }, (_, i) => ({ start: `${2000 + i}-01-01`, end: `${2000 + i}-12-31` }));
      const r = await eventsOverTime({
        granularity: 'YEAR',
        from: '2000-01-01',
        to: '2025-12-31',
        groupBy: 'ACTOR',
        actorId: actor,
      });
      expect(r.total).toBe(mine.length);
      expect(r.series[0].key).toBe(actor); // in every one of its events, so the largest series
      expect(r.series[0].total).toBe(mine.length);

      const typed = await eventsOverTime({
        granularity: 'YEAR',
        from: '2000-01-01',
        to: '2025-12-31',
        groupBy: 'NONE',
        actorId: actor,
        eventTypes: ['COMMUNICATION'],
      });
      expect(typed.total).toBe(
        expectedBuckets(
          mine.filter((e) => e.eventType === 'COMMUNICATION'),
          buckets,
          'YEAR',
        ).total,
      );
      expect(typed.total).toBe(1); // the military's statement of 6 December
    });

    it('keeps the largest series up to limit and says how many there were', async () => {
      const r = await eventsOverTime({
        granularity: 'YEAR',
        from: '2025-01-01',
        to: '2025-12-31',
        groupBy: 'ACTOR',
        limit: 2,
      });
      expect(r.series).toHaveLength(2);
      expect(r.seriesCount).toBeGreaterThan(2);
      expect(r.series[0].total).toBeGreaterThanOrEqual(r.series[1].total);
    });

    it('returns every bucket as zero for a window with no events', async () => {
      const r = await eventsOverTime({ granularity: 'MONTH', from: '2030-01-15', to: '2030-03-02' });
      expect(r.buckets).toEqual([
        { start: '2030-01-01', end: '2030-01-31' },
        { start: '2030-02-01', end: '2030-02-28' },
        { start: '2030-03-01', end: '2030-03-31' },
      ]);
      expect(r.series).toEqual([]);
      expect(r.total).toBe(0);
    });

    it('rejects a window ending before it starts, and one with too many buckets, naming the argument', async () => {
      const backwards = await gql(EVENTS_OVER_TIME, { granularity: 'DAY', from: '2025-02-01', to: '2025-01-01' });
      expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
      const huge = await gql(EVENTS_OVER_TIME, { granularity: 'DAY', from: '2000-01-01', to: '2025-12-31' });
      expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
      const limit = await gql(EVENTS_OVER_TIME, { granularity: 'DAY', from: '2025-01-01', to: '2025-01-02', limit: 0 });
      expect(limit.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    });

    it('counts buckets in TypeScript the way the query builds them', () => {
      expect(bucketCount('WEEK', '2025-10-01', '2025-10-31')).toBe(5);
      expect(bucketCount('DAY', '2025-12-01', '2025-12-10')).toBe(10);
      expect(bucketCount('MONTH', '2030-01-15', '2030-03-02')).toBe(3);
      expect(bucketCount('YEAR', '2000-06-01', '2025-01-01')).toBe(26);
    });
  });

  describe('figureSeries', () => {
    const QUERY = `query($metrics: [String!], $scope: FigureScope, $placeId: ID, $speakerId: ID, $from: LocalDate,
      $to: LocalDate) {
      figureSeries(metrics: $metrics, scope: $scope, placeId: $placeId, speakerId: $speakerId, from: $from, to: $to) {
        metric unit scope place { id name }
        points { figureId value low best high chartValue approximation periodStart periodEnd periodPrecision
          periodFromEvent
                 claimId event { id } speakers { id name kind } }
      } }`;

    it('returns every figure once, in a series by metric, unit, scope and place, with its speakers', async () => {
      const res = await oneTrip(() => gql(QUERY));
      expect(res.errors).toBeUndefined();
      const series = res.data!.figureSeries as any[];
      const points = series.flatMap((s) => s.points.map((p: any) => ({ ...p, series: s })));
      expect(points.map((p) => p.figureId).sort()).toEqual(figures.map((f) => f.id).sort());
      for (const f of figures) {
        const p = points.find((x) => x.figureId === f.id)!;
        expect(p.series.metric, f.id).toBe(f.metric);
        expect(p.series.unit, f.id).toBe(f.unit);
        expect(p.series.scope, f.id).toBe(f.scope);
        expect(p.series.place?.id ?? null, f.id).toBe(f.placeId ?? null);
        expect(p.value, f.id).toBe(f.value ?? null);
        expect(p.low, f.id).toBe(f.low ?? null);
        expect(p.chartValue, f.id).toBe(f.value ?? f.best ?? f.low ?? f.high);
        expect(p.claimId, f.id).toBe(f.claimId);
        expect(p.speakers.map((s: any) => s.id).sort(), f.id).toEqual([...f.speakers].sort());
        if (f.periodStart) {
          const want = period(f.periodStart, f.periodEnd);
          expect([p.periodStart, p.periodEnd, p.periodPrecision, p.periodFromEvent], f.id).toEqual([
            want.start,
            want.end,
            want.precision,
            false,
          ]);
        } else {
          // No period stated: the period of the one event it counts.
          const ev = events.find((e) => e.id === f.eventId)!;
          const want = period(ev.start, ev.end);
          expect([p.periodStart, p.periodEnd, p.periodPrecision, p.periodFromEvent], f.id).toEqual([
            want.start,
            want.end,
            want.precision,
            true,
          ]);
        }
      }
      // No series mixes scopes, and none has two points of different metrics.
      for (const s of series)
        for (const p of s.points) expect(points.find((x) => x.figureId === p.figureId).series.scope).toBe(s.scope);
    });

    it('keeps AGGREGATE and EVENT figures of a metric apart: militants killed in Balochistan', async () => {
      const res = await gql(QUERY, { metrics: ['militants_killed'], placeId: 'place:balochistan' });
      const series = res.data!.figureSeries as any[];
      const within = placeAndWithin('place:balochistan');
      const want = figures.filter((f) => f.metric === 'militants_killed' && f.placeId && within.has(f.placeId));
      expect(series.flatMap((s) => s.points.map((p: any) => p.figureId)).sort()).toEqual(want.map((f) => f.id).sort());
      const aggregate = series.filter((s) => s.scope === 'AGGREGATE');
      expect(aggregate).toHaveLength(1);
      expect(aggregate[0].points.map((p: any) => [p.value, p.speakers.map((s: any) => s.name)])).toEqual([
        [760, ['Sarfraz Bugti']],
      ]);
      const perEvent = series.filter((s) => s.scope === 'EVENT');
      expect(perEvent.map((s) => [s.place.name, s.points[0].value, s.points[0].speakers[0].name]).sort()).toEqual([
        ['Dera Bugti', 5, 'Pakistan Armed Forces'],
        ['Kalat', 12, 'Inter-Services Public Relations'],
      ]);
    });

    it("gives a figure in the article's own voice no speaker and plots a lower bound as itself", async () => {
      const res = await gql(QUERY, { metrics: ['people_killed'] });
      const [s] = res.data!.figureSeries as any[];
      expect(s.place).toBeNull();
      expect(s.points[0]).toMatchObject({
        low: 24,
        value: null,
        chartValue: 24,
        approximation: 'dozens',
        claimId: null,
        speakers: [],
      });
    });

    it('filters by speaker, scope and period', async () => {
      const bugti = await gql(QUERY, { speakerId: 'person:sarfraz-bugti', scope: 'AGGREGATE' });
      const want = figures.filter((f) => f.speakers.includes('person:sarfraz-bugti') && f.scope === 'AGGREGATE');
      expect((bugti.data!.figureSeries as any[]).flatMap((s) => s.points.map((p: any) => p.figureId)).sort()).toEqual(
        want.map((f) => f.id).sort(),
      );
      // Periods overlapping October: the two October figures and every 2025 total, but not December's counts.
      const october = await gql(QUERY, { from: '2025-10-01', to: '2025-10-31' });
      const overlapping = figures.filter((f) => {
        const ev = events.find((e) => e.id === f.eventId);
        const p = f.periodStart ? period(f.periodStart, f.periodEnd) : period(ev!.start, ev!.end);
        return p.end >= '2025-10-01' && p.start <= '2025-10-31';
      });
      expect((october.data!.figureSeries as any[]).flatMap((s) => s.points.map((p: any) => p.figureId)).sort()).toEqual(
        overlapping.map((f) => f.id).sort(),
      );
      expect(overlapping.map((f) => f.id)).not.toContain('figure:ispr-kalat-militants-killed');
    });
  });

  describe('topActors', () => {
    const QUERY = `query($by: ActorRanking, $kinds: [EntityKind!], $placeId: ID, $from: LocalDate, $to: LocalDate,
      $limit: Int) {
      topActors(by: $by, kinds: $kinds, placeId: $placeId, from: $from, to: $to, limit: $limit) {
        actor { id name kind } events connections } }`;

    const ranked = (score: (id: string) => number, other: (id: string) => number) =>
      actorIds()
        .map((id) => ({ id, score: score(id), other: other(id) }))
        .filter((a) => a.score > 0)
        .sort(
          (a, b) =>
            b.score - a.score ||
            b.other - a.other ||
            nameOf(a.id).toLowerCase().localeCompare(nameOf(b.id).toLowerCase()),
        );

    it('ranks actors by the distinct events they took part in', async () => {
      const res = await oneTrip(() => gql(QUERY, { by: 'EVENTS', limit: 100 }));
      expect(res.errors).toBeUndefined();
      const want = ranked((id) => eventsOfActor(id), connectionsOf);
      expect(res.data!.topActors.map((a: any) => [a.actor.id, a.events, a.connections])).toEqual(
        want.map((a) => [a.id, a.score, a.other]),
      );
      // By hand: Pakistan and its armed forces took part in seven events each.
      expect(res.data!.topActors.slice(0, 2).map((a: any) => [a.actor.name, a.events])).toEqual([
        ['Pakistan', 7],
        ['Pakistan Armed Forces', 7],
      ]);
    });

    it('ranks actors by connections to other entities', async () => {
      const res = await gql(QUERY, { by: 'CONNECTIONS', limit: 5 });
      const want = ranked(connectionsOf, (id) => eventsOfActor(id)).slice(0, 5);
      expect(res.data!.topActors.map((a: any) => [a.actor.id, a.connections, a.events])).toEqual(
        want.map((a) => [a.id, a.score, a.other]),
      );
    });

    it('narrows the events counted by place and period, and the actors by kind', async () => {
      const within = placeAndWithin('place:balochistan');
      const res = await gql(QUERY, {
        by: 'EVENTS',
        kinds: ['PERSON', 'ORGANIZATION'],
        placeId: 'place:balochistan',
        from: '2025-12-01',
        to: '2025-12-31',
      });
      const inWindow = (e: (typeof events)[number]) => {
        const p = period(e.start, e.end);
        return (
          (e.placeIds ?? []).some((x) => within.has(x)) &&
          (p.end >= '2025-12-01' || e.ongoing === true) &&
          p.start <= '2025-12-31'
        );
      };
      const want = ranked((id) => (kindOf(id) === 'PLACE' ? 0 : eventsOfActor(id, inWindow)), connectionsOf);
      expect(res.data!.topActors.map((a: any) => [a.actor.id, a.events])).toEqual(want.map((a) => [a.id, a.score]));
      // By hand: the armed forces' December in Balochistan is the ongoing insurgency, the 2025 operations,
      // Kalat and Dera Bugti.
      expect(res.data!.topActors[0]).toMatchObject({ actor: { name: 'Pakistan Armed Forces' }, events: 4 });
      const eventKind = await gql(QUERY, { kinds: ['EVENT'] });
      expect(eventKind.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kinds' });
    });
  });

  describe('claimStances', () => {
    const QUERY = `query($about: ID, $kinds: [ClaimKind!], $limit: Int) {
      claimStances(about: $about, kinds: $kinds, limit: $limit) {
        claims asserts denies speakerCount speakers { speaker { id name } asserts denies total } } }`;

    function expected(match: (c: (typeof claims)[number]) => boolean) {
      const picked = claims.filter(match);
      const bySpeaker = new Map<string, { asserts: number; denies: number }>();
      for (const c of picked) {
        for (const s of c.stances) {
          const row = bySpeaker.get(s.actorId) ?? { asserts: 0, denies: 0 };
          row[s.stance === 'ASSERTS' ? 'asserts' : 'denies']++;
          bySpeaker.set(s.actorId, row);
        }
      }
      return { claims: picked.length, bySpeaker };
    }

    it('counts every claim by stance and speaker', async () => {
      const res = await oneTrip(() => gql(QUERY, { limit: 100 }));
      expect(res.errors).toBeUndefined();
      const r = res.data!.claimStances;
      const want = expected(() => true);
      expect(r.claims).toBe(want.claims);
      expect(r.speakerCount).toBe(want.bySpeaker.size);
      expect(r.asserts).toBe(sum([...want.bySpeaker.values()].map((s) => s.asserts)));
      expect(r.denies).toBe(sum([...want.bySpeaker.values()].map((s) => s.denies)));
      for (const s of r.speakers) {
        expect([s.asserts, s.denies], s.speaker.id).toEqual([
          want.bySpeaker.get(s.speaker.id)!.asserts,
          want.bySpeaker.get(s.speaker.id)!.denies,
        ]);
        expect(s.total).toBe(s.asserts + s.denies);
      }
      // By hand: 19 claims; the Government of Pakistan asserts four and denies one.
      expect(r.claims).toBe(19);
      expect(r.speakers.find((s: any) => s.speaker.id === 'org:government-of-pakistan')).toMatchObject({
        asserts: 4,
        denies: 1,
      });
      expect(r.speakers[0].speaker.name).toBe('Sarfraz Bugti');
    });

    it('filters by what claims are about (a place and places within it, also through figures) and kind', async () => {
      const within = placeAndWithin('place:balochistan');
      const res = await gql(QUERY, { about: 'place:balochistan', limit: 2 });
      const r = res.data!.claimStances;
      const want = expected(
        (c) =>
          (c.aboutIds ?? []).some((a) => within.has(a)) ||
          (c.figures ?? []).some((f) => f.placeId && within.has(f.placeId)),
      );
      expect(r.claims).toBe(want.claims);
      expect(r.speakerCount).toBe(want.bySpeaker.size);
      expect(r.speakers).toHaveLength(2);
      const stats = await gql(QUERY, { kinds: ['STATISTIC'] });
      expect(stats.data!.claimStances.claims).toBe(claims.filter((c) => c.kind === 'STATISTIC').length);
    });
  });

  describe('graphSummary', () => {
    it('counts everything the two bundles put in the graph', async () => {
      const res = await oneTrip(() =>
        gql(`{ graphSummary { people organizations places countries events claims asserts denies figures
          aggregateFigures eventFigures
                 articles offices relationships sourceLinks firstEventStart lastEventStart latestArticleDate } }`),
      );
      expect(res.errors).toBeUndefined();
      const s = res.data!.graphSummary;
      const stances = claims.flatMap((c) => c.stances);
      const positions = BUNDLES.flatMap((b) => b.positions);
      const uniq = (xs: string[]) => new Set(xs).size;
      const factRelationships =
        relationships.length +
        uniq(events.flatMap((e) => (e.placeIds ?? []).map((p) => `${e.id} ${p}`))) +
        events.filter((e) => e.partOf).length +
        uniq(events.flatMap((e) => (e.participants ?? []).map((p) => `${p.actorId} ${e.id} ${p.role}`))) +
        uniq(positions.map((p) => `${p.personId} ${p.office.id}`)) +
        uniq(positions.map((p) => `${p.office.id} ${p.organizationId}`)) +
        stances.length +
        uniq(claims.flatMap((c) => (c.aboutIds ?? []).map((a) => `${c.id} ${a}`))) +
        figures.filter((f) => f.claimId).length +
        figures.filter((f) => f.placeId).length +
        figures.filter((f) => f.eventId).length;
      const sourceLinks = sum(
        BUNDLES.map(
          (b) =>
            b.entities.length +
            b.events.length +
            b.claims.length +
            sum(b.claims.map((c) => (c.figures ?? []).length)) +
            sum(b.events.map((e) => (e.figures ?? []).length)),
        ),
      );
      expect(s).toEqual({
        people: entities.filter((e) => e.kind === 'PERSON').length,
        organizations: entities.filter((e) => e.kind === 'ORGANIZATION').length,
        places: entities.filter((e) => e.kind === 'PLACE').length,
        countries: entities.filter((e) => e.placeType === 'COUNTRY').length,
        events: events.length,
        claims: claims.length,
        asserts: stances.filter((x) => x.stance === 'ASSERTS').length,
        denies: stances.filter((x) => x.stance === 'DENIES').length,
        figures: figures.length,
        aggregateFigures: figures.filter((f) => f.scope === 'AGGREGATE').length,
        eventFigures: figures.filter((f) => f.scope === 'EVENT').length,
        articles: BUNDLES.length,
        offices: uniq(positions.map((p) => p.office.id)),
        relationships: factRelationships,
        sourceLinks,
        firstEventStart: events.map((e) => period(e.start).start).sort()[0],
        lastEventStart: events
          .map((e) => period(e.start).start)
          .sort()
          .at(-1),
        latestArticleDate: BUNDLES.map((b) => b.article.publishedDate)
          .sort()
          .at(-1),
      });
      // By hand: 4 people, 21 events, 19 claims, 10 figures from 2 articles.
      expect([s.people, s.events, s.claims, s.figures, s.articles]).toEqual([4, 21, 19, 10, 2]);
    });
  });
});
