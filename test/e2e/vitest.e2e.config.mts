import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Browser tests only; started by test/e2e/run.mjs, which provides a running hub
 * (E2E_BASE_URL) and its demo accounts (E2E_ACCOUNTS). The files share one database, so
 * they run one at a time.
 */
export default defineConfig({
  root,
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/support/global-setup.ts'],
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
