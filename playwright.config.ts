import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/support/chromium';
import { freePort } from './tests/support/free-port';

// The specs run against the built site, served by `astro preview`, as a reader gets it.
// SITE_BASE (with OUT_DIR) runs the same specs on a site built under a sub-path.
// The port is chosen once, free, unless PREVIEW_PORT names one: every worker loads this config
// again and inherits the environment, so they all reach the server started here.
process.env.PREVIEW_PORT ??= String(freePort());
const port = Number(process.env.PREVIEW_PORT);
const base = process.env.SITE_BASE ?? '/';
// Each run keeps its own failure details: the sub-path run must not wipe the first run's.
const run = base === '/' ? 'e2e' : `e2e-${base.replace(/[^a-z0-9]+/gi, '')}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: `test-results/${run}`,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: availableParallelism(),
  retries: 0,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON ?? `test-results/${run}.json` }]],
  use: {
    baseURL: `http://localhost:${port}${base}`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: {
    // --ignore-lock: the sub-path check serves its own build while another preview may run.
    command: `astro preview --port ${port} --ignore-lock`,
    url: `http://localhost:${port}${base}`,
    // Never attach to a server someone else left on the port: it may serve another build.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
