import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CypherRegistry, listQueryFiles, parseCypherFile } from '../../src/neo4j/cypher.registry';
import { QUERY_NAMES } from '../../src/neo4j/query-names';
import { ROOT } from '../../src/paths';

const SRC = path.join(ROOT, 'src');

function srcFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? srcFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('cypher/ query files', () => {
  const files = listQueryFiles().map(parseCypherFile);

  it('match QUERY_NAMES one to one (the registry loads)', () => {
    expect(() => new CypherRegistry()).not.toThrow();
    expect(files.map((f) => f.name).sort()).toEqual([...QUERY_NAMES].sort());
  });

  it('are named verb-noun and start with a header naming the query, its parameters and its columns', () => {
    for (const f of files) {
      expect(f.name, f.file).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
      expect(f.text.split('\n')[0], f.file).toBe(`// ${f.name}`);
      for (const p of f.parameters) expect(f.text, `${f.name}: header parameter $${p} unused`).toContain(`$${p}`);
      const used = [...f.text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
      for (const u of used) expect(f.parameters, `${f.name}: $${u} is not in the header`).toContain(u);
    }
  });

  it('are each used by some module in src/ (no dead queries)', () => {
    const sources = srcFiles(SRC)
      .filter((f) => !f.endsWith('query-names.ts'))
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
    const unused = QUERY_NAMES.filter((n) => !sources.includes(`'${n}'`));
    expect(unused).toEqual([]);
  });
});
