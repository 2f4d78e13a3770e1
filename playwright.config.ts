import { defineConfig } from '@playwright/test';

/*
 * End-to-end tests. Electron cannot run on every machine (CI here has no Electron binary), so the
 * scenarios drive Debian's Chromium on the built renderer through a harness that wires the real
 * main-process code in the test process; `electron-smoke.spec.ts` drives the real app wherever its
 * binary exists and says plainly when it is skipped.
 */
export default defineConfig({
  testDir: './test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  outputDir: 'test-results/e2e',
  reporter: [
    ['list'],
    ['json', { outputFile: 'test-results/playwright.json' }],
    ['html', { open: 'never', outputFolder: 'playwright-report' }],
  ],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
