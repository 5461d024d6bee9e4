import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// `npm test` picks a free port and a throwaway database and passes them in; run alone,
// `npx playwright test` serves the default database on 3100.
const port = Number(process.env.E2E_PORT ?? 3100);
const chromium = '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // A hang guard, not a performance budget (timings live in bench/): on a shared 2-core machine
  // under load, full-page flows with axe scans took 30-50 s and failed Playwright's default 30 s.
  timeout: 90_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // The offline service worker answers requests that page.route() then never sees, and installs
    // afresh in every test's new context: only tests/e2e/offline.spec.ts turns it on.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: existsSync(chromium)
          ? {
              executablePath: chromium,
              args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
            }
          : {},
      },
    },
  ],
  webServer: {
    command: `node node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    // HSTS is on (as in production); it is sent only on answers that came over HTTPS.
    env: { NEXT_TELEMETRY_DISABLED: '1', HSTS_MAX_AGE: '63072000', ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}) },
  },
});
