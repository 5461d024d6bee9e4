import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // Tests run outside React's server environment, where `server-only` throws on import; Next
      // maps it to this empty module for server code, and so do the tests.
      'server-only': path.join(root, 'node_modules/next/dist/compiled/server-only/empty.js'),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/api/**', 'tests/db/**', 'tests/e2e/**', 'tests/system/**', 'tests/**/*.api.test.ts'],
          benchmark: { include: ['bench/*.bench.ts'] },
        },
      },
      {
        // Needs a database: the global setup prepares a throwaway one (SQLite in a temp folder,
        // or the PostgreSQL database named by TEST_DATABASE_URL). Route tests live in tests/api;
        // elsewhere a test that needs the database is named *.api.test.ts, beside its unit tests.
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['tests/api/**/*.test.ts', 'tests/db/**/*.test.ts', 'tests/**/*.api.test.ts'],
          globalSetup: [path.join(root, 'tests/support/global-setup.ts')],
          setupFiles: [path.join(root, 'tests/support/integration-env.ts')],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
          benchmark: { include: ['bench/api/**/*.bench.ts'] },
        },
      },
      {
        // Production servers on loopback (outages, start-up failures, several instances): needs a
        // production build and the PostgreSQL server binaries. Run by `npm run test:postgres`.
        extends: true,
        test: {
          name: 'system',
          environment: 'node',
          include: ['tests/system/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
