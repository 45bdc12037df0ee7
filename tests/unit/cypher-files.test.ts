import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CypherRegistry, listQueryFiles, parseCypherFile } from '../../src/db/cypher.registry';
import { checkValue, encodeParam, parseType, toTs } from '../../src/db/cypher.types';
import { QUERY_NAMES } from '../../src/db/queries.generated';
import { renderQueryTypes } from '../../src/db/query-types.render';
import { ROOT } from '../../src/core/paths';
import { RELATIONSHIP_TYPE_NAMES, STANCES } from '../../src/model/vocabulary';

const SRC = path.join(ROOT, 'src');
const GENERATED = path.join(SRC, 'db', 'queries.generated.ts');

function srcFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? srcFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('cypher/ query files', () => {
  const files = listQueryFiles().map(parseCypherFile);

  it('each have a name in the generated QUERY_NAMES, and the other way round', () => {
    expect(() => new CypherRegistry()).not.toThrow();
    expect(files.map((f) => f.name).sort()).toEqual([...QUERY_NAMES].sort());
  });

  it('are named verb-noun and start with a header naming the query, its typed parameters and columns', () => {
    for (const f of files) {
      expect(f.name, f.file).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
      expect(f.text.split('\n')[0], f.file).toBe(`// ${f.name}`);
      const declared = f.parameters.map((p) => p.name);
      for (const p of declared)
        expect(f.text, `${f.name}: header parameter $${p} unused`).toMatch(new RegExp(`\\$${p}\\b`));
      const body = f.text
        .split('\n')
        .filter((l) => !l.startsWith('//'))
        .join('\n');
      const used = [...body.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
      for (const u of used) expect(declared, `${f.name}: $${u} is not in the header`).toContain(u);
    }
  });

  it('are each used by some module in src/ (no dead queries)', () => {
    const sources = srcFiles(SRC)
      .filter((f) => !f.endsWith('queries.generated.ts'))
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
    const unused = QUERY_NAMES.filter((n) => !sources.includes(`'${n}'`));
    expect(unused).toEqual([]);
  });

  it('type the committed src/db/queries.generated.ts (npm run cypher:types regenerates it)', async () => {
    expect(fs.readFileSync(GENERATED, 'utf8')).toBe(await renderQueryTypes(new CypherRegistry(), GENERATED));
  });
});

describe('the header type language', () => {
  const named = new Map<string, ReturnType<typeof parseType> | readonly string[]>([['Kind', ['A', 'B']]]);

  it('prints TypeScript for parameters and rows (optional and nullable differ between the two)', () => {
    const t = parseType('{id: string, n?: int, tags: string[]?, at: date?}[]');
    expect(toTs(t, 'row')).toBe('{ id: string; n?: number | null; tags?: string[] | null; at?: string | null }[]');
    expect(toTs(t, 'param')).toBe('{ id: string; n?: number | null; tags: string[] | null; at: string | null }[]');
    expect(() => parseType('strng')).toThrow(/unknown type 'strng'/);
    expect(() => parseType('{a string}')).toThrow(/expected ':'/);
  });

  it('sends int parameters as Neo4j integers, nested too, and leaves floats alone', () => {
    const encoded = encodeParam(
      parseType('{limit: int, rows: {start: int, value: float}[]}'),
      { limit: 5, rows: [{ start: 3, value: 2 }] },
      named,
    );
    const e = encoded as { limit: { toNumber(): number }; rows: { start: { toNumber(): number }; value: number }[] };
    expect(e.limit.toNumber()).toBe(5);
    expect(e.rows[0]!.start.toNumber()).toBe(3);
    expect(e.rows[0]!.value).toBe(2);
  });

  it('checks rows against the header: types, nullability, vocabularies', () => {
    const t = parseType('{id: string, kind: Kind, n: int?, xs: int[]}', (n) => named.has(n));
    expect(checkValue(t, { id: 'a', kind: 'A', n: null, xs: [1] }, 'row', named)).toEqual([]);
    expect(checkValue(t, { id: 1, kind: 'C', n: 1.5, xs: ['x'] }, 'row', named)).toEqual([
      'row.id: expected string, got 1',
      'row.kind: expected one of Kind, got "C"',
      'row.n: expected int, got 1.5',
      'row.xs[0]: expected int, got "x"',
    ]);
  });

  it('merge relationships with one static-type branch per type of the vocabulary, no more, no fewer', () => {
    const branches = (name: string, on: string) => {
      const f = listQueryFiles()
        .map(parseCypherFile)
        .find((x) => x.name === name)!;
      return [
        ...f.text.matchAll(new RegExp(`WHERE row\\.${on} = '([A-Z_]+)'\\s+MERGE \\(\\w+\\)-\\[r:([A-Z_]+)\\]`, 'g')),
      ].map((m) => {
        expect(m[2], `${name}: the ${m[1]} branch merges ${m[2]}`).toBe(m[1]);
        return m[1];
      });
    };
    expect(branches('merge-entity-relationships', 'type').sort()).toEqual([...RELATIONSHIP_TYPE_NAMES].sort());
    expect(branches('merge-claim-stances', 'stance').sort()).toEqual([...STANCES].sort());
  });
});
