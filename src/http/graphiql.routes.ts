import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { Kind, parse } from 'graphql';
import { paths } from '../core/paths';

// GraphiQL at /graphiql (and as the /graphql landing page with IDE=graphiql): the graphiql package's own
// prebuilt bundle with React 18, served from node_modules, so the IDE works on a machine with no internet.
// graphiql 5 exists but ships only ES modules for a bundler (and Monaco's web workers); 4.x is the last
// major with a ready-to-serve bundle. The example operations of docs/examples.graphql open as tabs.

const PAGE_DIR = path.join(paths.root, 'public', 'graphiql');
const EXAMPLES_FILE = path.join(paths.root, 'docs', 'examples.graphql');

// graphiql's `exports` hide its bundle from require.resolve; its package.json is the way in.
const GRAPHIQL = path.dirname(require.resolve('graphiql/package.json'));
const REACT = path.dirname(require.resolve('react/package.json'));
const REACT_DOM = path.dirname(require.resolve('react-dom/package.json'));

const VENDOR = new Map<string, string>([
  ['graphiql.min.js', path.join(GRAPHIQL, 'graphiql.min.js')],
  ['graphiql.min.css', path.join(GRAPHIQL, 'graphiql.min.css')],
  ['react.production.min.js', path.join(REACT, 'umd', 'react.production.min.js')],
  ['react-dom.production.min.js', path.join(REACT_DOM, 'umd', 'react-dom.production.min.js')],
]);

export interface ExampleOperation {
  name: string;
  /** The operation with the comment lines right above it. */
  text: string;
}

/** The operations of an examples file, each with its own comment, in file order. */
export function exampleOperations(source: string): ExampleOperation[] {
  const out: ExampleOperation[] = [];
  for (const def of parse(source).definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION || !def.loc) continue;
    const before = source.slice(0, def.loc.start).split('\n');
    before.pop(); // the start of the operation's own line
    const comment: string[] = [];
    while (before.length && /^\s*#/.test(before[before.length - 1]!)) comment.unshift(before.pop()!);
    out.push({
      name: def.name?.value ?? `Example ${out.length + 1}`,
      text: [...comment, source.slice(def.loc.start, def.loc.end)].join('\n') + '\n',
    });
  }
  return out;
}

/** The GraphiQL page with the examples inlined (JSON in a non-executed script element, `<` escaped). */
export function graphiqlPage(): string {
  const examples = exampleOperations(fs.readFileSync(EXAMPLES_FILE, 'utf8'));
  const json = JSON.stringify(examples).replace(/</g, '\\u003c');
  return fs.readFileSync(path.join(PAGE_DIR, 'index.html'), 'utf8').replace('__KHABAR_EXAMPLES__', json);
}

export function registerGraphiqlRoutes(app: Express, html: string): void {
  app.get('/graphiql', (_req, res) => {
    res.type('html').setHeader('Cache-Control', 'no-cache').send(html);
  });
  app.get('/graphiql/index.html', (_req, res) => res.redirect(301, '/graphiql'));
  app.get('/graphiql/vendor/:file', (req, res, next) => {
    const file = VENDOR.get(req.params.file);
    if (!file) return next();
    res.sendFile(file, { maxAge: '1d' });
  });
  app.use('/graphiql', express.static(PAGE_DIR, { index: false, maxAge: 0 }));
}
