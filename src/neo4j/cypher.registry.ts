import fs from 'node:fs';
import path from 'node:path';
import { paths } from '../paths';
import { QUERY_NAMES, type QueryName } from './query-names';

export const CYPHER_DIR = paths.cypher;
export const SCHEMA_DIR = paths.cypherSchema;

export interface CypherFile {
  name: string;
  file: string;
  text: string;
  /** Parameter names from the header's "Parameters:" line. */
  parameters: string[];
  /** Column names from the header's "Returns:" line. */
  returns: string[];
}

function headerList(text: string, label: string): string[] | undefined {
  const line = text.split('\n').find((l) => l.replace(/^\/\/\s*/, '').startsWith(`${label}:`));
  if (!line) return undefined;
  const rest = line
    .replace(/^\/\/\s*/, '')
    .slice(label.length + 1)
    .trim();
  if (rest === '' || rest === '-' || rest.toLowerCase() === 'none') return [];
  // Split on commas outside parentheses: "$rows: list of map (id, name), $now: string".
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of rest) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts
    .map(
      (s) =>
        s
          .trim()
          .replace(/^\$/, '')
          .split(/[\s:(]/)[0]!,
    )
    .filter(Boolean);
}

export function parseCypherFile(file: string): CypherFile {
  const text = fs.readFileSync(file, 'utf8');
  const name = path.basename(file, '.cypher');
  const parameters = headerList(text, 'Parameters');
  const returns = headerList(text, 'Returns');
  if (!parameters || !returns) {
    throw new Error(`${file}: header must have "// Parameters: ..." and "// Returns: ..." lines`);
  }
  return { name, file, text, parameters, returns };
}

/** Lists the query files (top level of cypher/, not the schema folder). */
export function listQueryFiles(dir = CYPHER_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Schema files in apply order; each holds statements separated by semicolons. */
export function listSchemaFiles(dir = SCHEMA_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => path.join(dir, f));
}

export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Every query, loaded once at start. Fails when a known name has no file or a file has no name. */
export class CypherRegistry {
  private readonly byName = new Map<QueryName, CypherFile>();

  constructor(dir = CYPHER_DIR) {
    const files = listQueryFiles(dir).map(parseCypherFile);
    const known = new Set<string>(QUERY_NAMES);
    const unknown = files.filter((f) => !known.has(f.name)).map((f) => f.name);
    if (unknown.length) throw new Error(`cypher/ files with no entry in QUERY_NAMES: ${unknown.join(', ')}`);
    for (const f of files) this.byName.set(f.name as QueryName, f);
    const missing = QUERY_NAMES.filter((n) => !this.byName.has(n));
    if (missing.length) throw new Error(`QUERY_NAMES without a cypher/ file: ${missing.join(', ')}`);
  }

  get(name: QueryName): CypherFile {
    return this.byName.get(name)!;
  }

  all(): CypherFile[] {
    return [...this.byName.values()];
  }
}
