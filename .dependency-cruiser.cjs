// The layering of src/ (docs/architecture.md), enforced in CI by `npm run lint:deps`:
//
//   entry (main.ts, app.ts, scripts/, bench/)
//     → http → api → (read | engine | auth) → db → model → core
//   dev (the local Neo4j launcher) → core
//
// A folder may import from the layers below it, never from one above it or beside it (read and engine
// do not know each other), and no module may take part in an import cycle.

/** Each layer and the layers it may import from (itself included). */
const LAYERS = {
  core: [],
  model: ['core'],
  db: ['model', 'core'],
  dev: ['core'],
  auth: ['core'],
  read: ['db', 'model', 'core'],
  engine: ['db', 'model', 'core'],
  api: ['read', 'engine', 'auth', 'db', 'model', 'core'],
  http: ['api', 'read', 'auth', 'db', 'model', 'core'],
};

const ALL = Object.keys(LAYERS);

const layerRules = Object.entries(LAYERS).map(([layer, below]) => {
  const forbidden = ALL.filter((other) => other !== layer && !below.includes(other));
  return {
    name: `${layer}-imports-downwards`,
    comment: `src/${layer}/ may import only from ${below.length ? below.map((b) => `src/${b}/`).join(', ') : 'itself'}.`,
    severity: 'error',
    from: { path: `^src/${layer}/` },
    to: { path: `^src/(${forbidden.join('|')}|scripts|bench)/|^src/(main|app)\\.ts$` },
  };
});

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-cycles',
      comment: 'No module takes part in an import cycle.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'layers-are-folders',
      comment: 'Every module of src/ lives in a layer folder (or is an entry point).',
      severity: 'error',
      from: { path: '^src/', pathNot: `^src/(${ALL.join('|')}|scripts|bench)/|^src/(main|app)\\.ts$` },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|tests)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
