import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// Three tiers, one command each (README "Test"): `unit` needs neither Neo4j nor a browser and runs in
// seconds; `integration` and `browser` share one throwaway real Neo4j, which global-setup starts only
// when a file of theirs is selected.
const project = (name: string, extra: TestProjectInlineConfiguration['test'] = {}): TestProjectInlineConfiguration => ({
  extends: true,
  test: { name, include: [`tests/${name}/**/*.test.ts`], ...extra },
});

export default defineConfig({
  resolve: {
    // vite would pick graphql's ESM build while type-graphql loads the CommonJS one; two copies of
    // graphql in one process make schema building fail ("from another module or realm").
    alias: { graphql: require.resolve('graphql/index.js') },
  },
  test: {
    reporters: ['default', './tests/support/summary.reporter.ts'],
    setupFiles: ['reflect-metadata'],
    // One real Neo4j serves every file; files run one after another so wipes never race.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      project('unit'),
      project('integration', { globalSetup: ['tests/support/global-setup.ts'] }),
      project('browser', { globalSetup: ['tests/support/global-setup.ts'] }),
    ],
  },
});
