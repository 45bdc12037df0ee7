import { createHash } from 'node:crypto';
import { badInput, limitExceeded } from './errors';

// Keyset paging: a cursor is the sort key and id of a row, so pages stay stable when rows are added
// elsewhere, forwards (first/after) and backwards (last/before). A cursor also carries a tag of the list and
// sort order that issued it (its scope): the key of one order means nothing in another, so a cursor from
// elsewhere is refused instead of answering a silently empty or wrong page.

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

/** Longest cursor accepted: far above any issued one (a sort key is a name or a date), far below a flood. */
const MAX_CURSOR_LENGTH = 2000;

/** A short tag of the scope: enough to tell lists apart, without spelling out how they are built. */
const scopeTag = (scope: string) => createHash('sha256').update(scope).digest('base64url').slice(0, 8);

export function encodeCursor(c: Cursor, scope: string): string {
  return Buffer.from(JSON.stringify([c.key, c.id, scopeTag(scope)])).toString('base64url');
}

export function decodeCursor(field: string, s: string, scope: string): Cursor {
  let parsed: unknown;
  try {
    parsed = s.length <= MAX_CURSOR_LENGTH ? JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) : undefined;
  } catch {
    // not JSON: refused below
  }
  if (Array.isArray(parsed) && parsed.length === 3) {
    const [key, id, tag] = parsed as unknown[];
    if ((typeof key === 'string' || typeof key === 'number') && typeof id === 'string' && typeof tag === 'string') {
      if (tag === scopeTag(scope)) return { key, id };
      throw badInput(field, 'is a cursor of another list or sort order; page with the cursors this list returned');
    }
  }
  throw badInput(field, 'is not a cursor this API issued');
}

/** What a keyset query needs: which way to walk, from where, and how many (one extra to see more). */
export interface KeysetWindow {
  /** The list and sort order its cursors belong to. */
  scope: string;
  /** Walk in the requested order (true) or against it (backwards paging). */
  forward: boolean;
  cursor: Cursor | null;
  limit: number;
  pageSize: number;
}

/**
 * `scope` names the list and its order (`people:NAME:ASC`; a ranked search, its text too): cursors issued
 * under another scope are refused.
 */
export function keysetWindow(scope: string, args: PageRequest, maxPageSize: number, defaultSize = 20): KeysetWindow {
  if (args.first != null && args.last != null) throw badInput('first', 'give first or last, not both');
  if (args.after != null && args.before != null) throw badInput('after', 'give after or before, not both');
  const forward = args.last == null && args.before == null;
  const size = forward ? (args.first ?? defaultSize) : (args.last ?? defaultSize);
  const field = forward ? 'first' : 'last';
  if (size < 0) throw badInput(field, 'must not be negative');
  if (size > maxPageSize) throw limitExceeded('page size', maxPageSize, size);
  const raw = forward ? args.after : args.before;
  return {
    scope,
    forward,
    cursor: raw ? decodeCursor(forward ? 'after' : 'before', raw, scope) : null,
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
  const edges = slice.map((r) => ({ cursor: encodeCursor({ key: r.key, id: r.id }, w.scope), node: r.node }));
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
