import { describe, expect, it } from 'vitest';
import {
  accountStatus,
  chooseValues,
  choosePositionDates,
  disputedFields,
  figureGroupKey,
  figuresDisagree,
  positionDatesDisputed,
  type AccountRecord,
  type PositionAccountRecord,
} from '../../src/model/account.model';

// The account rule: which source's value an entity, event or position shows, and when sources disagree.

const source = (articleId: string) => ({
  articleId,
  basis: 'ARTICLE' as const,
  attribution: null,
  reportedById: null,
  evidence: 'x',
  note: null,
});

function account(articleId: string, publishedDate: string, v: Partial<AccountRecord> = {}): AccountRecord {
  return {
    articleId,
    publishedDate,
    at: `${publishedDate}T12:00:00.000Z`,
    preferred: [],
    source: source(articleId),
    description: null,
    start: null,
    end: null,
    ongoing: false,
    status: null,
    placeIds: [],
    ...v,
  };
}

describe('the default value of an event or entity', () => {
  const first = account('article:a', '2025-10-26', {
    start: '2025-10-25',
    ongoing: true,
    status: 'ONGOING',
    description: 'Talks still underway.',
  });
  const later = account('article:b', '2025-10-30', {
    start: '2025-10-25',
    end: '2025-10-29',
    status: 'CONCLUDED',
    description: 'Five days of talks.',
  });

  it('takes the most precise dates, then the latest publication, for each field on its own', () => {
    expect(chooseValues([first, later])).toMatchObject({
      start: '2025-10-25',
      end: '2025-10-29',
      ongoing: false,
      status: 'CONCLUDED',
      description: 'Five days of talks.',
      from: { DATES: 'article:b', STATUS: 'article:b', DESCRIPTION: 'article:b' },
    });
    // A coarser account published later does not replace a day-precise span.
    const vague = account('article:c', '2025-11-05', { start: '2025-10', description: 'Late October talks.' });
    expect(chooseValues([first, later, vague])).toMatchObject({ start: '2025-10-25', end: '2025-10-29' });
    // A closed span beats an open one of the same precision, whatever the publication order.
    const early = account('article:d', '2025-10-20', { start: '2025-10-25', end: '2025-10-27' });
    const open = account('article:e', '2025-10-28', { start: '2025-10-25' });
    expect(chooseValues([early, open]).from?.DATES).toBe('article:d');
  });

  it('lets an editor prefer an account per field, and keeps a value set by hand (pinned)', () => {
    const preferred = { ...first, preferred: ['DATES' as const] };
    expect(chooseValues([preferred, later])).toMatchObject({ start: '2025-10-25', end: null, ongoing: true });
    expect(chooseValues([preferred, later]).description).toBe('Five days of talks.');
    const pinned = chooseValues([first, later], ['DESCRIPTION']);
    expect(pinned.description).toBeUndefined();
    expect(pinned.start).toBe('2025-10-25');
  });

  it('is stable: the same accounts in any order give the same choice', () => {
    const tie1 = account('article:x', '2025-10-30', { description: 'one' });
    const tie2 = account('article:y', '2025-10-30', { description: 'two' });
    expect(chooseValues([tie1, tie2]).description).toBe(chooseValues([tie2, tie1]).description);
  });

  it('reads a status from the dates when the source states none', () => {
    expect(accountStatus(undefined, '2025-11-06', false, '2025-10-30')).toBe('PLANNED');
    expect(accountStatus(undefined, '2025-10-25', true, '2025-10-26')).toBe('ONGOING');
    expect(accountStatus(undefined, '2025-10-25', false, '2025-10-26')).toBeNull();
    expect(accountStatus('CANCELLED', '2025-11-06', false, '2025-10-30')).toBe('CANCELLED');
  });
});

describe('disputes', () => {
  it('marks dates disputed when starts or stated ends cannot both be true, not when one refines the other', () => {
    const day = account('article:a', '2025-10-26', { start: '2025-10-25' });
    const month = account('article:b', '2025-11-01', { start: '2025-10' });
    expect(disputedFields([day, month])).toEqual([]);
    const five = account('article:c', '2025-10-30', { start: '2025-10-25', end: '2025-10-29' });
    const three = account('article:d', '2025-10-31', { start: '2025-10-25', end: '2025-10-27' });
    expect(disputedFields([day, five])).toEqual([]);
    expect(disputedFields([five, three])).toEqual(['DATES']);
    const otherDay = account('article:e', '2025-10-31', { start: '2025-10-24' });
    expect(disputedFields([day, otherDay])).toEqual(['DATES']);
    // Still going on at its publication, after another source had it end: they disagree.
    const stillOn = account('article:f', '2025-11-02', { start: '2025-10-25', ongoing: true });
    expect(disputedFields([five, stillOn])).toEqual(['DATES']);
  });

  it('marks a status disputed when a later report goes back a stage, or one says cancelled and another held', () => {
    const planned = account('article:a', '2025-10-20', { status: 'PLANNED' });
    const held = account('article:b', '2025-10-30', { status: 'CONCLUDED' });
    expect(disputedFields([planned, held])).toEqual([]);
    const back = account('article:c', '2025-11-02', { status: 'ONGOING' });
    expect(disputedFields([held, back])).toEqual(['STATUS']);
    const cancelled = account('article:d', '2025-10-21', { status: 'CANCELLED' });
    expect(disputedFields([cancelled, held])).toEqual(['STATUS']);
  });

  it('marks places disputed only when no place of one account lies in or contains a place of the other', () => {
    const within = new Map([['place:kalat-district', ['place:kalat-district', 'place:balochistan']]]);
    const district = account('article:a', '2025-12-07', { placeIds: ['place:kalat-district'] });
    const province = account('article:b', '2025-12-08', { placeIds: ['place:balochistan'] });
    expect(disputedFields([district, province], within)).toEqual([]);
    const elsewhere = account('article:c', '2025-12-09', { placeIds: ['place:quetta'] });
    expect(disputedFields([district, elsewhere], within)).toEqual(['PLACES']);
  });

  it('groups figures that count the same thing, and finds those that disagree', () => {
    const key = (v: Partial<Parameters<typeof figureGroupKey>[0]>) =>
      figureGroupKey({
        metric: 'talks_duration',
        unit: 'hours',
        scope: 'AGGREGATE',
        periodStart: '2025-10-25',
        periodEnd: '2025-10-25',
        placeIds: ['place:istanbul'],
        eventId: null,
        ...v,
      });
    expect(key({ placeIds: ['place:b', 'place:a'] })).toBe(key({ placeIds: ['place:a', 'place:b'] }));
    expect(key({})).not.toBe(key({ unit: 'days' }));
    expect(key({ scope: 'EVENT', eventId: 'event:x', periodStart: '2025-10-25' })).toBe(
      key({ scope: 'EVENT', eventId: 'event:x', periodStart: null }),
    );
    const n = (value: number | null, low: number | null = null, high: number | null = null) => ({
      value,
      low,
      best: null,
      high,
    });
    expect(figuresDisagree(n(9), n(12))).toBe(true);
    expect(figuresDisagree(n(9), n(9))).toBe(false);
    expect(figuresDisagree(n(205), n(null, 200))).toBe(false); // "over 200" allows 205
    expect(figuresDisagree(n(150), n(null, 200))).toBe(true);
    expect(figuresDisagree(n(null, 10, 20), n(null, 15, 30))).toBe(false);
  });
});

describe('positions', () => {
  const pos = (articleId: string, publishedDate: string, v: Partial<PositionAccountRecord>): PositionAccountRecord => ({
    articleId,
    publishedDate,
    at: null,
    preferred: [],
    source: source(articleId),
    start: null,
    end: null,
    asOf: null,
    ...v,
  });

  it('shows the most precise term and the latest as-of date, and flags terms that cannot both be true', () => {
    const a = pos('article:a', '2025-10-25', { asOf: '2025-10-25' });
    const b = pos('article:b', '2025-12-01', { start: '2024-03-11', asOf: '2025-12-01' });
    const c = pos('article:c', '2025-12-02', { start: '2024' });
    expect(choosePositionDates([a, b, c])).toEqual({
      start: '2024-03-11',
      end: null,
      asOf: '2025-12-01',
      from: 'article:b',
    });
    expect(positionDatesDisputed([a, b, c])).toBe(false);
    expect(positionDatesDisputed([b, pos('article:d', '2025-12-03', { start: '2023-01' })])).toBe(true);
  });
});
