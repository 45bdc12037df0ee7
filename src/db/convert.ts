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

function toPlain(value: unknown): Plain {
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
    for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
    return out;
  }
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  // bigint, symbol, function: nothing the driver returns for our queries, kept readable anyway.
  return typeof value === 'bigint' ? value.toString() : null;
}

export function recordToPlain(record: Neo4jRecord): { [key: string]: Plain } {
  const out: { [key: string]: Plain } = {};
  for (const key of record.keys) out[String(key)] = toPlain(record.get(key));
  return out;
}
