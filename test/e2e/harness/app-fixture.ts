import { test as base, expect } from '@playwright/test';
import { AppUi } from '../pages/app-ui.ts';
import { AppHarness } from './app-harness.ts';
import type { E2eEnvironment } from './e2e-environment.ts';
import { startE2eEnvironment } from './e2e-environment.ts';

/** Debian's Chromium: Playwright's own browser builds cannot be downloaded here. */
const CHROMIUM = {
  executablePath: process.env.ATERGES_E2E_CHROMIUM ?? '/usr/bin/chromium',
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
      const leaks = await app.canaryLeaks();
      expect(app.canaries.size, 'the scenario registered its canaries').toBeGreaterThan(0);
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
