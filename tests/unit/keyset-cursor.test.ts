import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, keysetParams, keysetWindow, toPage } from '../../src/core/keyset';

describe('keyset cursors and windows', () => {
  it('round-trips a cursor and refuses one it did not issue, naming the argument', () => {
    const c = { key: 'balochistan', id: 'place:balochistan' };
    expect(decodeCursor('after', encodeCursor(c))).toEqual(c);
    for (const bad of [
      '',
      'bm90IGpzb24',
      Buffer.from('[1,2]').toString('base64url'),
      Buffer.from('{"a":1}').toString('base64url'),
    ]) {
      expect(() => decodeCursor('after', bad)).toThrow(/^after: is not a cursor this API issued$/);
    }
  });

  it('reads one row more than the page, and walks backwards against the sort', () => {
    expect(keysetWindow({ first: 5 }, 100)).toMatchObject({ forward: true, limit: 6, pageSize: 5, cursor: null });
    const back = keysetWindow({ last: 3, before: encodeCursor({ key: 2, id: 'x' }) }, 100);
    expect(back).toMatchObject({ forward: false, limit: 4, cursor: { key: 2, id: 'x' } });
    expect(keysetParams(back, 'ASC')).toEqual({ ascending: false, afterKey: 2, afterId: 'x' });
  });

  it('refuses mixed directions, negative sizes and pages over the maximum', () => {
    expect(() => keysetWindow({ first: 1, last: 1 }, 100)).toThrow(/first: give first or last/);
    expect(() => keysetWindow({ after: 'a', before: 'b' }, 100)).toThrow(/after: give after or before/);
    expect(() => keysetWindow({ first: -1 }, 100)).toThrow(/must not be negative/);
    expect(() => keysetWindow({ first: 101 }, 100)).toThrow(/page size limit exceeded: at most 100, got 101/);
  });

  it('builds a page: the extra row means another page, backwards pages come out in order', () => {
    const rows = [1, 2, 3].map((n) => ({ key: n, id: `e:${n}`, node: n }));
    const fwd = toPage(rows, { count: 10, exact: true }, keysetWindow({ first: 2 }, 100));
    expect(fwd.edges.map((e) => e.node)).toEqual([1, 2]);
    expect(fwd.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const bwd = toPage(
      [...rows].reverse(),
      { count: 10, exact: true },
      keysetWindow({ last: 2, before: encodeCursor({ key: 4, id: 'e:4' }) }, 100),
    );
    expect(bwd.edges.map((e) => e.node)).toEqual([2, 3]);
    expect(bwd.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('counts only when the total is asked for, and once', async () => {
    let counted = 0;
    const page = toPage([], async () => ({ count: 7, exact: (counted++, false) }), keysetWindow({ first: 2 }, 100));
    expect(counted).toBe(0);
    expect(await page.total()).toEqual({ count: 7, exact: false });
    expect(await page.total()).toEqual({ count: 7, exact: false });
    expect(counted).toBe(1);
  });
});
