import { existsSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import { AppUi } from '../pages/app-ui.ts';
import { AppHarness } from './app-harness.ts';
import type { E2eEnvironment } from './e2e-environment.ts';
import { startE2eEnvironment } from './e2e-environment.ts';

/**
 * Debian's Chromium (Playwright's own browser builds cannot be downloaded here), or the one named
 * by ATERGES_E2E_CHROMIUM; elsewhere Playwright's own Chromium (`npx playwright install chromium`).
 */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const CHROMIUM = {
  executablePath:
    process.env.ATERGES_E2E_CHROMIUM ?? (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
};

/**
 * The scenarios' fixtures. `env` (per worker): local Supabase, provider stand-ins, the served
 * renderer. `app` (per test): a fresh app (data folder, keychain namespace, main process) linked
 * to the page; after the scenario it searches every place the user or the renderer could see for
 * the scenario's canary credentials. `ui`: the page objects.
 */
export const test = base.extend<{ app: AppHarness; ui: AppUi }, { env: E2eEnvironment }>({
  launchOptions: [CHROMIUM, { scope: 'worker' }],
  viewport: { width: 1280, height: 860 },
  locale: 'en-US',
  colorScheme: 'light',
  env: [
    // Playwright reads the fixture's dependencies from this destructuring, so it must stay.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const env = await startE2eEnvironment();
      await use(env);
      await env.stop();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  app: async ({ page, env }, use) => {
    const app = await AppHarness.launch(page, env);
    try {
      await use(app);
      expect(app.canaries.size, 'the scenario typed canary secrets').toBeGreaterThan(0);
      const leaks = await app.canaryLeaks();
      expect(leaks, 'canary secrets found where the user or the renderer can see them').toEqual([]);
    } finally {
      await app.dispose();
    }
  },
  ui: async ({ app }, use) => {
    await use(new AppUi(app.page));
  },
});

export { expect };
