import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * One copy of graphql. Vite would resolve `graphql` (and `graphql/...`) to the ESM
 * build while type-graphql and Apollo require the CommonJS one, and graphql refuses
 * types from "another module". Resolving every graphql import the way Node's require
 * does keeps a single instance.
 */
const singleGraphql: Plugin = {
  name: 'single-graphql',
  enforce: 'pre',
  resolveId(id) {
    if (id === 'graphql' || id.startsWith('graphql/')) return require.resolve(id.replace(/\.mjs$/, '.js'));
    // Its ESM build imports graphql/index.mjs directly; its CommonJS build shares our copy.
    if (id === 'graphql-query-complexity') return require.resolve(id);
    return null;
  },
};

export default defineConfig({
  plugins: [singleGraphql],
  test: {
    include: ['server/test/**/*.test.ts', 'test/acceptance/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // The suites share one database (embedded or DATABASE_URL) and reset it per file.
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
