/**
 * The browser tests (tests/e2e/): Playwright Test with Debian's Chromium
 * (CHROMIUM_PATH, src/config.ts; `npx playwright install` is never needed)
 * against the built site, served from dist/ by scripts/serve-site.ts. Run
 * `npm run build` first. One worker: the machine has two cores, and
 * Chromium with the server takes both.
 */
import { createHash } from 'node:crypto';
import { defineConfig } from '@playwright/test';
import { chromiumPath } from './src/config.ts';
import { chromiumArgs } from './scripts/lib/browser.ts';

// A port of this checkout's own, so that two checkouts testing at once do not share a server.
const port = 20_000 + (createHash('sha256').update(process.cwd()).digest().readUInt16BE(0) % 10_000);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.test.ts',
  outputDir: 'test-results',
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `"${process.execPath}" scripts/serve-site.ts dist ${port}`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
  },
});
