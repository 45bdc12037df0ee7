import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, isInside } from '../../src/core/paths';

// A user's clone has only the repository: nothing in the code may reach for a file beside it
// (../shared in development, say), and one module owns where the folders are.

const SCANNED = [
  'src',
  'tests',
  'tools',
  '.ci',
  'Dockerfile',
  'docker-compose.yml',
  'package.json',
  'vitest.config.mts',
];
const CODE = /\.(ts|mts|js|mjs|cjs|java|json|yml|sh)$|^(run|Dockerfile)$/;

function files(p: string): string[] {
  const full = path.join(ROOT, p);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [full];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .flatMap((d) =>
      d.isDirectory()
        ? ['lib', 'classes', 'node_modules'].includes(d.name)
          ? []
          : files(path.join(p, d.name))
        : CODE.test(d.name)
          ? [path.join(full, d.name)]
          : [],
    );
}

/** Relative paths written in the file ('../x', "../../y") that resolve outside the repository. */
function escapes(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/['"`]((?:\.\.?\/)*\.\.(?:\/[^'"`\s]*)?)['"`]/g)) {
    const rel = m[1]!;
    // An import specifier resolves against the file's folder; so does our own path arithmetic.
    if (!isInside(ROOT, path.resolve(path.dirname(file), rel))) found.push(`${path.relative(ROOT, file)}: '${rel}'`);
  }
  for (const m of text.matchAll(/\bshared\/(articles|notes|hooks)\b/g))
    found.push(`${path.relative(ROOT, file)}: '${m[0]}'`);
  return found;
}

describe('the repository stands alone', () => {
  const all = SCANNED.flatMap(files);

  it('scans the code (sanity: the walk finds files)', () => {
    expect(all.length).toBeGreaterThan(50);
    expect(all.some((f) => f.endsWith(path.join('src', 'core', 'paths.ts')))).toBe(true);
  });

  it('no path in src/, tests/, tools/ or the build files points outside the repository', () => {
    expect(all.flatMap(escapes)).toEqual([]);
  });

  it('catches an escape when one is written (the check itself works)', () => {
    const probe = path.join(ROOT, 'tests', 'unit', '.escape-probe.ts');
    // Built from parts so that this file does not itself hold what it looks for.
    const escape = `${'../'.repeat(3)}${['sha', 'red'].join('')}/articles/x.txt`;
    fs.writeFileSync(probe, `const t = fs.readFileSync(path.resolve(dir, '${escape}'));\n`);
    try {
      expect(escapes(probe)).toHaveLength(2);
    } finally {
      fs.rmSync(probe);
    }
  });

  it('only src/core/paths.ts works out folders from where a module lies', () => {
    const users = all.filter(
      (f) =>
        f.endsWith('.ts') &&
        !f.endsWith(path.join('src', 'core', 'paths.ts')) &&
        new RegExp(`\\b${'__dir'}name\\b`).test(fs.readFileSync(f, 'utf8')),
    );
    expect(users.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it('ships the seed article texts beside their bundles', () => {
    for (const bundle of fs.readdirSync(path.join(ROOT, 'data', 'articles')).filter((f) => f.endsWith('.json'))) {
      const file = JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'articles', bundle), 'utf8')).article
        .file as string;
      expect(fs.existsSync(path.join(ROOT, 'data', 'articles', file)), `${bundle} → ${file}`).toBe(true);
    }
  });
});
