import fs from 'node:fs';
import path from 'node:path';

// The project's folders, found from this file: the one place that knows where the repository root is,
// so that nothing else does `__dirname` arithmetic (which breaks when a file moves or is compiled to dist/).

function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'cypher'))) return dir;
    if (path.dirname(dir) === dir)
      throw new Error(`khabar: no project root (package.json beside cypher/) above ${start}`);
  }
}

/** The repository root (the folder with package.json), in a checkout and in the Docker image alike. */
export const ROOT = findRoot(__dirname);

export const paths = {
  root: ROOT,
  cypher: path.join(ROOT, 'cypher'),
  cypherSchema: path.join(ROOT, 'cypher', 'schema'),
  cypherMigrations: path.join(ROOT, 'cypher', 'migrations'),
  sdl: path.join(ROOT, 'schema', 'schema.graphql'),
  /** The curated seed: one bundle (.json) and its article text (.txt) per article. */
  articles: path.join(ROOT, 'data', 'articles'),
  explorer: path.join(ROOT, 'public', 'explorer'),
  neo4jLauncher: path.join(ROOT, 'tools', 'neo4j-local'),
} as const;

/** True when `p` lies inside `dir` (after resolving `..`). */
export function isInside(dir: string, p: string): boolean {
  const rel = path.relative(dir, path.resolve(dir, p));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
