import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { badInput, limitExceeded } from './errors';

// Relay connections with keyset cursors: a cursor is the sort key and id of a row, so pages stay
// stable when rows are added elsewhere, forwards (first/after) and backwards (last/before).

@ObjectType('PageInfo')
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size going forwards (default 20).' })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;

  @Field(() => Int, { nullable: true, description: 'Page size going backwards, with before.' })
  last?: number;

  @Field(() => String, { nullable: true })
  before?: string;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function Connection<T extends object>(name: string, nodeType: () => ClassType<T> | Function) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String) cursor!: string;
    @Field(nodeType) node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'Rows matching the filters, over all pages.' }) totalCount!: number;
  }
  return ConnectionClass;
}

export interface Cursor {
  key: string | number;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.key, c.id])).toString('base64url');
}

export function decodeCursor(field: string, s: string): Cursor {
  try {
    const [key, id] = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as [unknown, unknown];
    if ((typeof key === 'string' || typeof key === 'number') && typeof id === 'string') return { key, id };
  } catch {
    // fall through
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

export function keysetWindow(args: PageArgs, maxPageSize: number, defaultSize = 20): KeysetWindow {
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
  total: number,
  w: KeysetWindow,
): Page<T> {
  const more = rows.length > w.pageSize;
  const slice = rows.slice(0, w.pageSize);
  if (!w.forward) slice.reverse();
  const edges = slice.map((r) => ({ cursor: encodeCursor({ key: r.key, id: r.id }), node: r.node }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: w.forward ? more : w.cursor !== null,
      hasPreviousPage: w.forward ? w.cursor !== null : more,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Query parameters for a keyset Cypher file: $ascending, $afterKey, $afterId, $limit. */
export function keysetParams(w: KeysetWindow, direction: 'ASC' | 'DESC') {
  const asc = direction === 'ASC';
  return {
    ascending: w.forward ? asc : !asc,
    afterKey: w.cursor?.key ?? null,
    afterId: w.cursor?.id ?? null,
  };
}
