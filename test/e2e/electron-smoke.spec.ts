import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { methodNameOf } from '../../shared/ipc/bridge.ts';
import { ipcChannels } from '../../shared/ipc/contract.ts';
import { findElectronExecutable } from './support/electron-executable.ts';

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
 * nothing else of Electron or Node is. Runs wherever Electron's binary is installed (or
 * ATERGES_ELECTRON_EXECUTABLE names a packaged test build); skipped, and said so, elsewhere.
 */
const SKIP_REASON =
  'Electron smoke test SKIPPED: no Electron binary on this machine (node_modules/electron/dist is missing and ATERGES_ELECTRON_EXECUTABLE is not set). The same app code is exercised by the Chromium end-to-end suite.';
if (executable === null) console.warn(SKIP_REASON);

// Chromium refuses to start as root with its OS sandbox on Linux; CI's Debian container runs as
// root. The page's isolation (contextIsolation, sandboxed renderer options) is what this test
// checks, and that is unaffected. Nowhere else is the flag passed.
const rootOnLinux = process.platform === 'linux' && process.getuid?.() === 0;

test.describe('Electron smoke test', () => {
  test.skip(executable === null, SKIP_REASON);

  test('opens the hardened window with only the named bridge exposed', async () => {
    const packaged = Boolean(process.env.ATERGES_ELECTRON_EXECUTABLE);
    const app = await electron.launch({
      executablePath: executable!,
      args: [
        ...(rootOnLinux ? ['--no-sandbox'] : []),
        ...(packaged ? [] : [join(root, 'out/main/index.js')]),
      ],
      env: { ...process.env, ATERGES_E2E: '1' },
    });
    try {
      const page = await app.firstWindow();
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
      await app.close();
    }
  });
});
