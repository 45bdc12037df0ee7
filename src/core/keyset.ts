import { badInput, limitExceeded } from './errors';

// Keyset paging: a cursor is the sort key and id of a row, so pages stay stable when rows are added
// elsewhere, forwards (first/after) and backwards (last/before).

export interface Cursor {
  key: string | number;
  id: string;
}

/** What a client asks for (the Relay arguments). */
export interface PageRequest {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** The number of rows over all pages; a lower bound when exact is false. */
export interface Total {
  count: number;
  exact: boolean;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** Counting costs a query of its own: it runs when a client asks, at most once per page. */
  total: () => Promise<Total>;
}

function once(count: () => Promise<Total>): () => Promise<Total> {
  let pending: Promise<Total> | undefined;
  return () => (pending ??= count());
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.key, c.id])).toString('base64url');
}

export function decodeCursor(field: string, s: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2) {
      const [key, id] = parsed as unknown[];
      if ((typeof key === 'string' || typeof key === 'number') && typeof id === 'string') return { key, id };
    }
  } catch {
    // not JSON: fall through to the same refusal
  }
  throw badInput(field, 'is not a cursor this API issued');
}

/** What a keyset query needs: which way to walk, from where, and how many (one extra to see more). */
export interface KeysetWindow {
  /** Walk in the requested order (true) or against it (backwards paging). */
  forward: boolean;
  cursor: Cursor | null;
  limit: number;
  pageSize: number;
}

export function keysetWindow(args: PageRequest, maxPageSize: number, defaultSize = 20): KeysetWindow {
  if (args.first != null && args.last != null) throw badInput('first', 'give first or last, not both');
  if (args.after != null && args.before != null) throw badInput('after', 'give after or before, not both');
  const forward = args.last == null && args.before == null;
  const size = forward ? (args.first ?? defaultSize) : (args.last ?? defaultSize);
  const field = forward ? 'first' : 'last';
  if (size < 0) throw badInput(field, 'must not be negative');
  if (size > maxPageSize) throw limitExceeded('page size', maxPageSize, size);
  const raw = forward ? args.after : args.before;
  return {
    forward,
    cursor: raw ? decodeCursor(forward ? 'after' : 'before', raw) : null,
    limit: size + 1,
    pageSize: size,
  };
}

/** Turns the rows of a keyset query (in walk order, one extra) into a connection page. */
export function toPage<T>(
  rows: { key: string | number; id: string; node: T }[],
  total: Total | (() => Promise<Total>),
  w: KeysetWindow,
): Page<T> {
  const more = rows.length > w.pageSize;
  const slice = rows.slice(0, w.pageSize);
  if (!w.forward) slice.reverse();
  const edges = slice.map((r) => ({ cursor: encodeCursor({ key: r.key, id: r.id }), node: r.node }));
  return {
    edges,
    total: once(typeof total === 'function' ? total : () => Promise.resolve(total)),
    pageInfo: {
      hasNextPage: w.forward ? more : w.cursor !== null,
      hasPreviousPage: w.forward ? w.cursor !== null : more,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Query parameters for a keyset Cypher file: $ascending, $afterKey, $afterId. */
export function keysetParams(w: KeysetWindow, direction: 'ASC' | 'DESC') {
  const asc = direction === 'ASC';
  return {
    ascending: w.forward ? asc : !asc,
    afterKey: w.cursor?.key ?? null,
    afterId: w.cursor?.id ?? null,
  };
}
