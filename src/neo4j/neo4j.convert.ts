import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isRelationship,
  isTime,
  type Record as Neo4jRecord,
} from 'neo4j-driver';

// Driver values stop here: repositories hand resolvers plain JSON-like objects only.

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (isInt(value)) {
    return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : neo4j.integer.toString(value);
  }
  if (isDate(value)) return value.toString(); // YYYY-MM-DD
  if (isDateTime(value) || isLocalDateTime(value)) return new Date(value.toString()).toISOString();
  if (isTime(value) || isLocalTime(value) || isDuration(value)) return value.toString();
  if (isNode(value)) return toPlain(value.properties);
  if (isRelationship(value)) return toPlain(value.properties);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: { [key: string]: Plain } = {};
    for (const [k, v] of Object.entries(value as object)) out[k] = toPlain(v);
    return out;
  }
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  return String(value);
}

export function recordToPlain(record: Neo4jRecord): { [key: string]: Plain } {
  const out: { [key: string]: Plain } = {};
  for (const key of record.keys) out[String(key)] = toPlain(record.get(key));
  return out;
}

/** JS numbers go to Neo4j as floats; LIMIT and SKIP need integers. */
export function int(n: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(Math.trunc(n));
}

/** A plain value as a string, keeping null for "absent" (Neo4j stores no nulls, so absent = missing). */
export function optionalString(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}

export function optionalNumber(v: unknown): number | null {
  return v === null || v === undefined ? null : Number(v);
}

/** Drops absent (null or undefined) values: Neo4j stores no null properties, and `SET n += map` skips none. */
export function compact<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}
