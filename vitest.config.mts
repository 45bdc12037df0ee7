import { defineConfig } from 'vitest/config';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // vite would pick graphql's ESM build while type-graphql loads the CommonJS one; two copies of
    // graphql in one process make schema building fail ("from another module or realm").
    alias: { graphql: require.resolve('graphql/index.js') },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', './tests/support/summary.reporter.ts'],
    setupFiles: ['reflect-metadata'],
    globalSetup: ['tests/support/global-setup.ts'],
    // One real Neo4j serves every file; files run one after another so wipes never race.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
