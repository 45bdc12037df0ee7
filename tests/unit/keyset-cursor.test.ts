import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, keysetParams, keysetWindow, toPage } from '../../src/core/keyset';

const PEOPLE = 'people:NAME:ASC';

describe('keyset cursors and windows', () => {
  it('round-trips a cursor and refuses one it did not issue, naming the argument', () => {
    const c = { key: 'balochistan', id: 'place:balochistan' };
    expect(decodeCursor('after', encodeCursor(c, PEOPLE), PEOPLE)).toEqual(c);
    for (const bad of [
      '',
      'bm90IGpzb24',
      Buffer.from('[1,2]').toString('base64url'),
      // A cursor from before cursors carried their list.
      Buffer.from('["balochistan","place:balochistan"]').toString('base64url'),
      Buffer.from('{"a":1}').toString('base64url'),
      'A'.repeat(10_000),
    ]) {
      expect(() => decodeCursor('after', bad, PEOPLE)).toThrow(/^after: is not a cursor this API issued$/);
    }
  });

  it('refuses a cursor of another list, or of the same list in another order', () => {
    const c = encodeCursor({ key: 'b', id: 'person:b' }, PEOPLE);
    for (const other of ['places:NAME:ASC', 'people:NAME:DESC', 'people:CONNECTIONS:ASC', 'search:b']) {
      expect(() => keysetWindow(other, { after: c }, 100)).toThrow(
        /^after: is a cursor of another list or sort order; page with the cursors this list returned$/,
      );
    }
    expect(() => keysetWindow('people:NAME:DESC', { last: 2, before: c }, 100)).toThrow(/^before: is a cursor of/);
  });

  it('reads one row more than the page, and walks backwards against the sort', () => {
    expect(keysetWindow(PEOPLE, { first: 5 }, 100)).toMatchObject({
      forward: true,
      limit: 6,
      pageSize: 5,
      cursor: null,
    });
    const back = keysetWindow(PEOPLE, { last: 3, before: encodeCursor({ key: 2, id: 'x' }, PEOPLE) }, 100);
    expect(back).toMatchObject({ forward: false, limit: 4, cursor: { key: 2, id: 'x' } });
    expect(keysetParams(back, 'ASC')).toEqual({ ascending: false, afterKey: 2, afterId: 'x' });
  });

  it('refuses mixed directions, negative sizes and pages over the maximum', () => {
    expect(() => keysetWindow(PEOPLE, { first: 1, last: 1 }, 100)).toThrow(/first: give first or last/);
    expect(() => keysetWindow(PEOPLE, { after: 'a', before: 'b' }, 100)).toThrow(/after: give after or before/);
    expect(() => keysetWindow(PEOPLE, { first: -1 }, 100)).toThrow(/must not be negative/);
    expect(() => keysetWindow(PEOPLE, { first: 101 }, 100)).toThrow(/page size limit exceeded: at most 100, got 101/);
  });

  it('builds a page: the extra row means another page, backwards pages come out in order', () => {
    const rows = [1, 2, 3].map((n) => ({ key: n, id: `e:${n}`, node: n }));
    const fwd = toPage(rows, { count: 10, exact: true }, keysetWindow(PEOPLE, { first: 2 }, 100));
    expect(fwd.edges.map((e) => e.node)).toEqual([1, 2]);
    expect(fwd.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    // Its cursors are the list's own.
    expect(keysetWindow(PEOPLE, { after: fwd.pageInfo.endCursor }, 100).cursor).toEqual({ key: 2, id: 'e:2' });
    const bwd = toPage(
      [...rows].reverse(),
      { count: 10, exact: true },
      keysetWindow(PEOPLE, { last: 2, before: encodeCursor({ key: 4, id: 'e:4' }, PEOPLE) }, 100),
    );
    expect(bwd.edges.map((e) => e.node)).toEqual([2, 3]);
    expect(bwd.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('counts only when the total is asked for, and once', async () => {
    let counted = 0;
    const page = toPage(
      [],
      async () => ({ count: 7, exact: (counted++, false) }),
      keysetWindow(PEOPLE, { first: 2 }, 100),
    );
    expect(counted).toBe(0);
    expect(await page.total()).toEqual({ count: 7, exact: false });
    expect(await page.total()).toEqual({ count: 7, exact: false });
    expect(counted).toBe(1);
  });
});
