// Browser benchmarks (`npm run bench:browser`): the same server and browser set-up as the
// end-to-end tests, but the specs in bench/browser, which print figures against their goals.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: 'bench/browser',
  outputDir: 'test-results/bench',
  retries: 0,
  reporter: [['list']],
});
