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

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** YYYY-MM-DD from the fields: the driver's own toString formats through its 64-bit Integer arithmetic. */
function dateString(value: { year: unknown; month: unknown; day: unknown; toString(): string }): string {
  const [y, m, d] = [value.year, value.month, value.day].map((n) => neo4j.integer.toNumber(n as number));
  return y! >= 1000 && y! <= 9999 ? `${y}-${pad2(m!)}-${pad2(d!)}` : value.toString();
}

function toPlain(value: unknown): Plain {
  // Most values are strings and numbers: they leave before the driver's type checks, which are the
  // profile's hot spot when a list of entities is converted.
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value === null || value === undefined) return null;
  if (isInt(value)) {
    return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : neo4j.integer.toString(value);
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (isDate(value)) return dateString(value);
  // An offset is all toStandardDate needs; a named zone goes through the driver's text.
  if (isDateTime(value) && value.timeZoneOffsetSeconds != null) return value.toStandardDate().toISOString();
  if (isDateTime(value) || isLocalDateTime(value)) return new Date(value.toString()).toISOString();
  if (isTime(value) || isLocalTime(value) || isDuration(value)) return value.toString();
  if (isNode(value)) return toPlain(value.properties);
  if (isRelationship(value)) return toPlain(value.properties);
  if (typeof value === 'object') {
    const out: { [key: string]: Plain } = {};
    for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
    return out;
  }
  // bigint, symbol, function: nothing the driver returns for our queries, kept readable anyway.
  return typeof value === 'bigint' ? value.toString() : null;
}

export function recordToPlain(record: Neo4jRecord): { [key: string]: Plain } {
  const out: { [key: string]: Plain } = {};
  for (const key of record.keys) out[String(key)] = toPlain(record.get(key));
  return out;
}
