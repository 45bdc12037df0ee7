import fs from 'node:fs';
import path from 'node:path';
import { paths } from '../core/paths';
import { parseType, resolveNamed, type TypeNode } from './cypher.types';
import { NAMED_TYPES } from './row.shapes';

// cypher/*.cypher: one query per file, named verb-noun, with a header:
//
//   // find-entities-by-ids
//   // What it does and why, in a few lines.
//   // Parameters: $ids: string[]
//   // Returns: key: string, entity: EntityNode
//
// A header list may continue on the following comment lines (indented), one item or several per line.
// `Parameters: none` / `Returns: none` for an empty list. Types: see cypher.types.ts.

interface Column {
  name: string;
  text: string;
  type: TypeNode;
}

export interface CypherFile {
  name: string;
  file: string;
  text: string;
  parameters: Column[];
  returns: Column[];
  /** The query changes the graph: it may run only in a write transaction (a cluster's leader). */
  writes: boolean;
}

/** Cypher's updating clauses, as keywords (upper case, outside comments); `ON CREATE SET` counts too. */
const UPDATING_CLAUSE = /\b(CREATE|MERGE|SET|DELETE|REMOVE)\b/;

const NAMED = resolveNamed(NAMED_TYPES);
const LABELS = ['Parameters', 'Returns'] as const;

/** The raw text of a header list: its own line after the label plus indented continuation lines. */
function headerText(lines: string[], label: string): string | undefined {
  const at = lines.findIndex((l) => l.replace(/^\/\/\s*/, '').startsWith(`${label}:`));
  if (at < 0) return undefined;
  let text = lines[at]!.replace(/^\/\/\s*/, '')
    .slice(label.length + 1)
    .trim();
  for (const line of lines.slice(at + 1)) {
    if (!/^\/\/\s{2,}\S/.test(line) || LABELS.some((l) => line.replace(/^\/\/\s*/, '').startsWith(`${l}:`))) break;
    // A line break ends an item, unless it falls inside a {...} or after a comma already.
    const depth = [...text].reduce((d, ch) => d + (ch === '{' ? 1 : ch === '}' ? -1 : 0), 0);
    const joint = text === '' || text.endsWith(',') || depth > 0 ? ' ' : ', ';
    text += joint + line.replace(/^\/\/\s*/, '').trim();
  }
  return text.trim();
}

/** Splits "a: T, b: {x: U, y: V}[]" on the commas outside braces. */
function splitItems(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '{') depth++;
    if (ch === '}') depth--;
    if (ch === ',' && depth === 0) {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  return items.map((s) => s.trim()).filter(Boolean);
}

function parseColumns(file: string, label: string, text: string | undefined, prefix: '$' | ''): Column[] {
  if (text === undefined) throw new Error(`${file}: header must have a "// ${label}: ..." line`);
  if (text === '' || text === 'none' || text === '-') return [];
  return splitItems(text).map((item) => {
    const m = /^\$?([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.+)$/s.exec(item);
    if (!m || (prefix === '$' && !item.startsWith('$'))) {
      throw new Error(`${file}: "${item}" in ${label} is not "${prefix}name: type"`);
    }
    try {
      return { name: m[1]!, text: m[2]!.replace(/\s+/g, ' ').trim(), type: parseType(m[2]!, (n) => NAMED.has(n)) };
    } catch (err) {
      throw new Error(`${file}: ${label} ${m[1]}: ${(err as Error).message}`, { cause: err });
    }
  });
}

export function parseCypherFile(file: string): CypherFile {
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n').filter((l) => l.startsWith('//'));
  return {
    name: path.basename(file, '.cypher'),
    file,
    text,
    parameters: parseColumns(file, 'Parameters', headerText(lines, 'Parameters'), '$'),
    returns: parseColumns(file, 'Returns', headerText(lines, 'Returns'), ''),
    writes: UPDATING_CLAUSE.test(
      text
        .split('\n')
        .filter((l) => !l.trim().startsWith('//'))
        .join('\n'),
    ),
  };
}

/** The query files (top level of cypher/, not the schema folder), sorted. */
export function listQueryFiles(dir = paths.cypher): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Schema files in apply order; each holds idempotent statements separated by semicolons. */
export function listSchemaFiles(dir = paths.cypherSchema): string[] {
  return listQueryFiles(dir);
}

/** Data migrations in apply order; each runs once per database (recorded by record-migration). */
export function listMigrationFiles(dir = paths.cypherMigrations): string[] {
  return listQueryFiles(dir);
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

/** Every query file, loaded and its header parsed once at start. */
export class CypherRegistry {
  private readonly byName: Map<string, CypherFile>;
  readonly named = NAMED;

  constructor(dir = paths.cypher) {
    this.byName = new Map(listQueryFiles(dir).map((f) => [path.basename(f, '.cypher'), parseCypherFile(f)]));
  }

  get(name: string): CypherFile {
    const file = this.byName.get(name);
    if (!file) throw new Error(`no query file cypher/${name}.cypher`);
    return file;
  }

  names(): string[] {
    return [...this.byName.keys()];
  }
}
