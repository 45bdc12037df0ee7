import { badInput } from './errors';

// Small argument parsers shared by resolvers and HTTP routes; each error names the argument.

export function list<T>(values: T[] | undefined | null): T[] | null {
  return values && values.length ? values : null;
}

export function dateRange(
  from: string | undefined | null,
  to: string | undefined | null,
): { from: string | null; to: string | null } {
  if (from && to && from > to) throw badInput('to', `is before from (${from})`);
  return { from: from ?? null, to: to ?? null };
}

export function boundedInt(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(field, `must be an integer from ${min} to ${max}`);
  }
  return value;
}

type Absentable<T, K extends keyof T> = null extends T[K] ? true : undefined extends T[K] ? true : false;

/** `o` without its absent values: keys that may be null or undefined become optional, the rest stay. */
export type Compact<T> = {
  [K in keyof T as Absentable<T, K> extends true ? never : K]: T[K];
} & {
  [K in keyof T as Absentable<T, K> extends true ? K : never]?: NonNullable<T[K]>;
};

/** Drops absent (null or undefined) values: Neo4j stores no null properties, and `SET n += map` skips none. */
export function compact<T extends Record<string, unknown>>(o: T): Compact<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as Compact<T>;
}
