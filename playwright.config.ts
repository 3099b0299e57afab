import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/support/chromium';

// The specs run against the built site, served by `astro preview`, as a reader gets it.
// PREVIEW_BASE lets the same specs run on a site built under a sub-path (SITE_BASE).
const port = Number(process.env.PREVIEW_PORT ?? 4321);
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON ?? 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${port}${base}`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: {
    // --ignore-lock: the sub-path check serves its own build while another preview may run.
    command: `astro preview --port ${port} --ignore-lock`,
    url: `http://localhost:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
