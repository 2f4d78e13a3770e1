import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { _electron as electron, expect } from '@playwright/test';
import type { ElectronApplication, Page, TestInfo } from '@playwright/test';

// Chromium refuses to start as root with its OS sandbox on Linux; CI's Debian container runs as
// root (and its /dev/shm is small). The page's isolation (contextIsolation, sandboxed renderer
// options) is what the smoke test checks, and that is unaffected. Nowhere else are these passed.
const rootOnLinux = process.platform === 'linux' && process.getuid?.() === 0;

export interface RunningApp {
  app: ElectronApplication;
  window: Page;
}

/**
 * Starts the built app in real Electron with its own data folder, through Electron's
 * `--user-data-dir` switch (which sets `app.getPath('userData')`, Electron's
 * shell/app/electron_main_delegate.cc PreSandboxStartup), so a run never touches a real profile
 * and a second launch with the same folder is a restart. The unpackaged app is `out/main/index.js`
 * (from `electron-vite build`); ATERGES_ELECTRON_EXECUTABLE names a packaged test build instead.
 * Updates are off as a managed install turns them off (ATERGES_DISABLE_AUTO_UPDATE).
 */
export async function launchApp(options: {
  root: string;
  executable: string;
  dataDir: string;
}): Promise<RunningApp> {
  const packaged = Boolean(process.env.ATERGES_ELECTRON_EXECUTABLE);
  const app = await electron.launch({
    executablePath: options.executable,
    args: [
      ...(packaged ? [] : [join(options.root, 'out/main/index.js')]),
      `--user-data-dir=${options.dataDir}`,
      ...(rootOnLinux ? ['--no-sandbox', '--disable-dev-shm-usage'] : []),
    ],
    env: { ...process.env, ATERGES_DISABLE_AUTO_UPDATE: '1' },
  });
  try {
    const window = await app.firstWindow();
    // The folder really is the app's (macOS and Windows may spell a temp path differently).
    const userData = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
    expect(realpathSync.native(userData)).toBe(realpathSync.native(options.dataDir));
    return { app, window };
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
}

/**
 * Quits the app as the user does (the quit guard waits for the services to stop) and attaches its
 * main.log to the report (codes only, never secrets), for a failure in CI. On Linux and Windows
 * the log is in the data folder; macOS keeps it under ~/Library/Logs.
 */
export async function quitApp(running: RunningApp, testInfo: TestInfo, run: string): Promise<void> {
  const logs = await running.app
    .evaluate(({ app: electronApp }) => electronApp.getPath('logs'))
    .catch(() => null);
  await running.app.close();
  const log = logs ? join(logs, 'main.log') : null;
  if (log && existsSync(log)) {
    await testInfo.attach(`main.log (${run})`, {
      body: readFileSync(log),
      contentType: 'text/plain',
    });
  }
}
