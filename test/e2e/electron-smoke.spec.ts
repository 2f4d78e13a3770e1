import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { methodNameOf } from '../../shared/ipc/bridge.ts';
import { ipcChannels } from '../../shared/ipc/contract.ts';
import { startLocalStack } from '../../supabase/local/stack.ts';
import { canaryOpenAiCredentials } from '../support/provider-stand-ins/canary-credentials.ts';
import { OpenAiStandIn } from '../support/provider-stand-ins/openai-stand-in.ts';
import { TEST_AUTH_SETTINGS } from '../support/test-auth-settings.ts';
import { Canaries } from './harness/canaries.ts';
import { AppUi } from './pages/app-ui.ts';
import { findElectronExecutable } from './support/electron-executable.ts';
import { launchApp, quitApp } from './support/launch-app.ts';
import { canariesInFolder, removeDataFolder, saveProjectIn } from './support/smoke-data-folder.ts';

const root = join(import.meta.dirname, '../..');
const executable = findElectronExecutable(root);

/** `window.aterges` as the contract defines it: each domain's methods, plus `on`. */
function contractShape(): Record<string, string[] | 'function'> {
  const shape: Record<string, string[] | 'function'> = { on: 'function' };
  for (const channel of Object.keys(ipcChannels)) {
    const { domain, method } = methodNameOf(channel);
    shape[domain] = [...((shape[domain] as string[] | undefined) ?? []), method].sort();
  }
  return shape;
}

/*
 * The real app in real Electron: the window opens on our own protocol, the bridge is there and
 * nothing else of Electron or Node is; and a person's first session against a Supabase project
 * (the local stand-in) survives a restart through the OS keychain. Runs wherever Electron's
 * binary is installed (or ATERGES_ELECTRON_EXECUTABLE names a packaged test build); skipped, and
 * said so, elsewhere.
 */
const SKIP_REASON =
  'Electron smoke test SKIPPED: no Electron binary on this machine (node_modules/electron/dist is missing and ATERGES_ELECTRON_EXECUTABLE is not set). The same app code is exercised by the Chromium end-to-end suite.';
if (executable === null) console.warn(SKIP_REASON);

const newDataDir = () => mkdtempSync(join(tmpdir(), 'aterges-smoke-'));

test.describe('Electron smoke test', () => {
  test.skip(executable === null, SKIP_REASON);

  test('opens the hardened window with only the named bridge exposed', async () => {
    const dataDir = newDataDir();
    const running = await launchApp({ root, executable: executable!, dataDir });
    const { app, window: page } = running;
    try {
      await expect(page).toHaveTitle(/Aterges/);
      expect(page.url()).toMatch(/^app:\/\/aterges\//);
      const exposed = await page.evaluate(() => ({
        bridge: typeof (globalThis as unknown as { aterges?: unknown }).aterges,
        require: typeof (globalThis as unknown as { require?: unknown }).require,
        process: typeof (globalThis as unknown as { process?: unknown }).process,
      }));
      expect(exposed).toEqual({ bridge: 'object', require: 'undefined', process: 'undefined' });
      // Exactly the contract's methods, and nothing of Electron's IPC.
      const shape = await page.evaluate(() => {
        const bridge = (globalThis as unknown as { aterges: Record<string, unknown> }).aterges;
        const out: Record<string, string[] | 'function'> = {};
        for (const [key, value] of Object.entries(bridge)) {
          out[key] =
            typeof value === 'function'
              ? 'function'
              : Object.keys(value as Record<string, unknown>).sort();
        }
        const global = globalThis as unknown as Record<string, unknown>;
        return { out, ipcRenderer: typeof global.ipcRenderer, electron: typeof global.electron };
      });
      expect(shape).toEqual({
        out: contractShape(),
        ipcRenderer: 'undefined',
        electron: 'undefined',
      });
      // The page is served with its Content-Security-Policy as a real response header.
      const csp = await app.evaluate(async ({ net }) => {
        const response = await net.fetch('app://aterges/index.html');
        return response.headers.get('content-security-policy');
      });
      expect(csp).toContain("default-src 'none'");
      // window.open is denied and no second window appears.
      const opened = await page.evaluate(
        () =>
          (globalThis as unknown as { open(url: string): unknown }).open('https://example.com') ===
          null,
      );
      expect(opened).toBe(true);
      expect(app.windows()).toHaveLength(1);
    } finally {
      await quitApp(running, test.info(), 'hardened window');
      removeDataFolder(dataDir);
    }
  });

  test('signs up, adds and tests an integration, and is still signed in after a restart', async () => {
    // Two launches of the real app and a local Supabase (Postgres with the migrations) to start.
    test.setTimeout(240_000);
    const [stack, openai] = await Promise.all([
      // As the end-to-end harness (e2e-environment.ts): addresses confirmed automatically.
      startLocalStack({ authSettings: { ...TEST_AUTH_SETTINGS, autoconfirm: true } }),
      // OpenAI's stand-in on loopback http, which an OpenAI base URL may use (endpoint-url.ts).
      OpenAiStandIn.start(),
    ]);
    const dataDir = newDataDir();
    try {
      await saveProjectIn(dataDir, {
        supabaseUrl: stack.url,
        supabaseAnonKey: stack.publishableKey,
      });
      const { apiKey } = canaryOpenAiCredentials();
      openai.addKey(apiKey, { organization: 'org-AtergesSmoke01' });
      const user = {
        email: `smoke-${Date.now()}-${randomBytes(3).toString('hex')}@example.com`,
        password: `Pw1-${randomBytes(12).toString('base64url')}`,
      };
      const canaries = new Canaries();
      canaries.add('OpenAI key', apiKey);
      canaries.add('account password', user.password);
      const name = 'Smoke OpenAI';

      // First run: sign up, add the integration (saved and verified), then test it from the list.
      const first = await launchApp({ root, executable: executable!, dataDir });
      try {
        const ui = new AppUi(first.window);
        await ui.auth.signUp(user);
        await expect(ui.list.heading).toBeVisible();
        await expect(ui.shell.signedInAs(user.email)).toBeVisible();
        // Without the keychain the session would last only until quit (no plaintext fallback).
        await expect(first.window.getByText(ui.t().keychainMissing)).toBeHidden();
        await ui.add.add(name, { type: 'openai', apiKey, baseUrl: openai.baseUrl });
        await ui.list.expectStatus(name, 'connected');
        const tested = openai.requests.length;
        await ui.list.testButton(name).click();
        await expect.poll(() => openai.requests.length).toBeGreaterThan(tested);
        await ui.list.expectStatus(name, 'connected');
        await expect(ui.list.row(name)).toContainText(ui.t().statusConnected);
        const page = await first.window.content();
        expect(canaries.foundIn(page), 'canary secrets in the page').toEqual([]);
      } finally {
        await quitApp(first, test.info(), 'first run');
      }

      // Second run, same data folder: the session is unsealed with the key from the keychain.
      const second = await launchApp({ root, executable: executable!, dataDir });
      try {
        const ui = new AppUi(second.window);
        await expect(ui.list.heading).toBeVisible();
        await expect(ui.shell.signedInAs(user.email)).toBeVisible();
        await expect(ui.auth.signInHeading).toBeHidden();
        await ui.list.expectStatus(name, 'connected');
      } finally {
        await quitApp(second, test.info(), 'second run');
      }

      // Nothing Chromium or the app wrote to disk holds the key or the password.
      expect(canariesInFolder(dataDir, canaries), 'canary secrets in the data folder').toEqual([]);
    } finally {
      await Promise.allSettled([stack.stop(), openai.close()]);
      removeDataFolder(dataDir);
    }
  });
});
