import neo4j from 'neo4j-driver';

// The small type language of the `// Parameters:` and `// Returns:` headers in cypher/*.cypher.
// One description serves three purposes: `npm run cypher:types` prints it as TypeScript (so every
// db.read/tx.run is typed end to end), the database layer encodes parameters with it (an `int`
// parameter goes as a Neo4j integer, never as a float), and in checked mode (the tests) every row that
// comes back is checked against it, so a header that lies fails a test.
//
//   type   := primary ('[]' | '?')*          T[] a list, T? may be null (or, in a map, absent)
//   primary:= string | int | float | bool | date | datetime | map | any
//            | {name: type, name?: type, ...}  a map with these keys (more keys may be present)
//            | Name                          a named shape or vocabulary from NAMED_TYPES
//
// date is 'YYYY-MM-DD' and datetime an ISO-8601 string on the JS side, both ways.

export type TypeNode =
  | { t: 'string' | 'int' | 'float' | 'bool' | 'date' | 'datetime' | 'map' | 'any' }
  | { t: 'list'; of: TypeNode }
  | { t: 'nullable'; of: TypeNode }
  | { t: 'object'; fields: { name: string; optional: boolean; type: TypeNode }[] }
  | { t: 'named'; name: string };

const PRIMITIVES = new Set(['string', 'int', 'float', 'bool', 'date', 'datetime', 'map', 'any']);

class CypherTypeError extends Error {}

/** Parses one type expression; `named` decides which capitalised names exist. */
export function parseType(text: string, named: (name: string) => boolean = () => true): TypeNode {
  let i = 0;
  const peek = () => text[i];
  const skip = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const fail = (what: string): never => {
    throw new CypherTypeError(`${what} at ${i} in '${text}'`);
  };
  const ident = (): string => {
    skip();
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i));
    if (!m) return fail('expected a name');
    i += m[0].length;
    return m[0];
  };
  const type = (): TypeNode => {
    skip();
    let node: TypeNode;
    if (peek() === '{') {
      i++;
      const fields: { name: string; optional: boolean; type: TypeNode }[] = [];
      skip();
      while (peek() !== '}') {
        const name = ident();
        skip();
        const optional = peek() === '?';
        if (optional) i++;
        skip();
        if (peek() !== ':') fail(`expected ':' after ${name}`);
        i++;
        fields.push({ name, optional, type: type() });
        skip();
        if (peek() === ',') i++;
        else if (peek() !== '}') fail("expected ',' or '}'");
        skip();
      }
      i++;
      node = { t: 'object', fields };
    } else {
      const name = ident();
      if (PRIMITIVES.has(name)) node = { t: name as 'string' };
      else if (/^[A-Z]/.test(name) && named(name)) node = { t: 'named', name };
      else return fail(`unknown type '${name}'`);
    }
    for (skip(); peek() === '[' || peek() === '?'; skip()) {
      if (peek() === '?') {
        i++;
        node = { t: 'nullable', of: node };
      } else {
        if (text[i + 1] !== ']') fail("expected '[]'");
        i += 2;
        node = { t: 'list', of: node };
      }
    }
    return node;
  };
  const node = type();
  skip();
  if (i < text.length) fail('unexpected text');
  return node;
}

const TS_PRIMITIVE: Record<string, string> = {
  string: 'string',
  int: 'number',
  float: 'number',
  bool: 'boolean',
  date: 'string',
  datetime: 'string',
  map: 'Record<string, unknown>',
  any: 'unknown',
};

/** The TypeScript spelling of a type. Rows: `T?` fields are optional; parameters: they must be given (maybe null). */
export function toTs(node: TypeNode, side: 'param' | 'row'): string {
  switch (node.t) {
    case 'list': {
      // Only a nullable inner type is a top-level union that needs brackets: (T | null)[].
      const inner = toTs(node.of, side);
      return node.of.t === 'nullable' ? `(${inner})[]` : `${inner}[]`;
    }
    case 'nullable':
      return `${toTs(node.of, side)} | null`;
    case 'object': {
      // An optional key may also come back as null (a map projection of a missing property).
      const fields = node.fields.map((f) => {
        const opt = f.optional || (side === 'row' && f.type.t === 'nullable');
        const type = toTs(f.type, side);
        return `${f.name}${opt ? '?' : ''}: ${f.optional && f.type.t !== 'nullable' ? `${type} | null` : type}`;
      });
      return `{ ${fields.join('; ')} }`;
    }
    case 'named':
      return node.name;
    default:
      return TS_PRIMITIVE[node.t]!;
  }
}

/** Shapes and vocabularies that headers may name, as `{ name: header type }` or a list of allowed strings. */
export type NamedTypes = Record<string, string | readonly string[]>;

/** Encodes a parameter for the driver: `int` values become Neo4j integers, recursively; the rest is as given. */
export function encodeParam(node: TypeNode, value: unknown, named: Map<string, TypeNode | readonly string[]>): unknown {
  if (value === null || value === undefined) return value ?? null;
  switch (node.t) {
    case 'int':
      return typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value;
    case 'nullable':
      return encodeParam(node.of, value, named);
    case 'list':
      return Array.isArray(value) ? value.map((v) => encodeParam(node.of, v, named)) : value;
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return value;
      const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      for (const f of node.fields) if (f.name in out) out[f.name] = encodeParam(f.type, out[f.name], named);
      return out;
    }
    case 'named': {
      const def = named.get(node.name);
      return def && !Array.isArray(def) ? encodeParam(def as TypeNode, value, named) : value;
    }
    default:
      return value;
  }
}

/** Problems of a plain (converted) value against its type, each with the path to it; empty when it fits. */
export function checkValue(
  node: TypeNode,
  value: unknown,
  path: string,
  named: Map<string, TypeNode | readonly string[]>,
): string[] {
  const bad = (expected: string) => [`${path}: expected ${expected}, got ${JSON.stringify(value)?.slice(0, 80)}`];
  if (node.t === 'nullable')
    return value === null || value === undefined ? [] : checkValue(node.of, value, path, named);
  if (value === null || value === undefined) return node.t === 'any' ? [] : bad(toTs(node, 'row'));
  switch (node.t) {
    case 'string':
      return typeof value === 'string' ? [] : bad('string');
    case 'int':
      return Number.isInteger(value) ? [] : bad('int');
    case 'float':
      return typeof value === 'number' ? [] : bad('float');
    case 'bool':
      return typeof value === 'boolean' ? [] : bad('bool');
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? [] : bad('date');
    case 'datetime':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? [] : bad('datetime');
    case 'map':
      return typeof value === 'object' && !Array.isArray(value) ? [] : bad('map');
    case 'any':
      return [];
    case 'list':
      return Array.isArray(value)
        ? value.flatMap((v, i) => checkValue(node.of, v, `${path}[${i}]`, named))
        : bad('list');
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return bad('map');
      const m = value as Record<string, unknown>;
      return node.fields.flatMap((f) =>
        f.optional && (m[f.name] === undefined || m[f.name] === null)
          ? []
          : checkValue(f.type, m[f.name], `${path}.${f.name}`, named),
      );
    }
    case 'named': {
      const def = named.get(node.name);
      if (def === undefined) return [`${path}: unknown type ${node.name}`];
      if (Array.isArray(def)) return typeof value === 'string' && def.includes(value) ? [] : bad(`one of ${node.name}`);
      return checkValue(def as TypeNode, value, path, named);
    }
  }
}

/** Parses the NAMED_TYPES table once (shapes may name each other and vocabularies). */
export function resolveNamed(table: NamedTypes): Map<string, TypeNode | readonly string[]> {
  const out = new Map<string, TypeNode | readonly string[]>();
  for (const [name, def] of Object.entries(table)) {
    out.set(name, typeof def === 'string' ? parseType(def, (n) => n in table) : def);
  }
  return out;
}
