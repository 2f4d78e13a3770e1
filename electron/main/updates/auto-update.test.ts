import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AutoUpdateService,
  autoUpdateDisabledReason,
  type AutoUpdateOptions,
  type Updater,
} from './auto-update.ts';
import { redactUpdateLog } from './update-log.ts';

/** Speaks electron-updater's event protocol; `checks` counts calls, `result` decides each outcome. */
class FakeUpdater extends EventEmitter implements Updater {
  autoDownload = false;
  autoInstallOnAppQuit = false;
  logger: Updater['logger'] = null;
  checks = 0;
  installs = 0;
  result: () => ReturnType<Updater['checkForUpdates']> = () => Promise.resolve(null);

  checkForUpdates(): ReturnType<Updater['checkForUpdates']> {
    this.checks++;
    return this.result();
  }

  quitAndInstall(): void {
    this.installs++;
  }
}

let lines: string[];
let updater: FakeUpdater;
let loads: number;

function service(overrides: Partial<AutoUpdateOptions> = {}): AutoUpdateService {
  return new AutoUpdateService({
    isPackaged: true,
    updateConfigPath: '/app/resources/app-update.yml',
    fileExists: () => true,
    loadUpdater: () => {
      loads++;
      return Promise.resolve(updater);
    },
    logger: {
      info: (m) => lines.push(`info ${m}`),
      warn: (m) => lines.push(`warn ${m}`),
      error: (m) => lines.push(`error ${m}`),
    },
    firstCheckDelayMs: 1_000,
    intervalMs: 60_000,
    ...overrides,
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  lines = [];
  loads = 0;
  updater = new FakeUpdater();
});
afterEach(() => vi.useRealTimers());

describe('when updates run', () => {
  it.each([
    [{ isPackaged: false }, 'not a packaged app'],
    [{ env: { ATERGES_DISABLE_AUTO_UPDATE: '1' } }, 'ATERGES_DISABLE_AUTO_UPDATE=1'],
    [{ fileExists: () => false }, 'no app-update.yml in this build'],
  ])('never in dev, tests or builds without a feed: %j', async (overrides, reason) => {
    const updates = service(overrides);
    await expect(updates.start()).resolves.toBe(false);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(loads).toBe(0); // electron-updater is not even loaded
    expect(lines).toEqual([`info auto-update: off (${reason})`]);
  });

  it('is on for a packaged app with a feed', () => {
    expect(
      autoUpdateDisabledReason({
        isPackaged: true,
        updateConfigPath: 'x',
        fileExists: () => true,
        env: {},
      }),
    ).toBeNull();
  });

  it('checks shortly after start, then on every interval, and stops', async () => {
    const updates = service();
    await expect(updates.start()).resolves.toBe(true);
    expect(updater.autoDownload).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(true);
    expect(updater.checks).toBe(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(updater.checks).toBe(1);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(updater.checks).toBe(3);
    updates.stop();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(updater.checks).toBe(3);
  });

  it('shares a check in flight instead of starting a second one', async () => {
    let finish: () => void = () => undefined;
    updater.result = () => new Promise((resolve) => (finish = () => resolve(null)));
    const updates = service();
    await updates.start();
    const first = updates.checkNow();
    const second = updates.checkNow();
    expect(updater.checks).toBe(1);
    finish();
    await Promise.all([first, second]);
    updater.result = () => Promise.resolve(null);
    await updates.checkNow();
    expect(updater.checks).toBe(2);
  });
});

describe('outcomes and logging', () => {
  it('logs a failed check without throwing and without the signed URL or token', async () => {
    updater.result = () =>
      Promise.reject(
        new Error(
          'HttpError: 403 url: https://objects.githubusercontent.com/x.exe?X-Amz-Signature=canary-sig-1f2e&X-Amz-Credential=AKIA Authorization: token ghp_CANARY0123456789abcdefghij',
        ),
      );
    const updates = service();
    await updates.start();
    await expect(updates.checkNow()).resolves.toBeUndefined();
    const log = lines.join('\n');
    expect(log).toContain(
      'warn auto-update: check failed: HttpError: 403 url: https://objects.githubusercontent.com/x.exe?[redacted]',
    );
    expect(log).not.toMatch(/canary-sig-1f2e|ghp_CANARY|AKIA/);
  });

  it('leaves no unhandled rejection behind when the background download fails', async () => {
    // The failure itself reaches the log through the 'error' event.
    updater.result = () =>
      Promise.resolve({ downloadPromise: Promise.reject(new Error('download failed')) });
    const updates = service();
    await updates.start();
    await updates.checkNow();
    updater.emit('error', new Error('download failed'));
    expect(lines).toContain('warn auto-update: download failed');
  });

  it('reports a downloaded update, which installs on quit or on request', async () => {
    const ready: string[] = [];
    const updates = service({ onUpdateDownloaded: (version) => ready.push(version) });
    await updates.start();
    expect(updates.quitAndInstall()).toBe(false);
    updater.emit('update-available', { version: '1.2.3' });
    updater.emit('update-downloaded', { version: '1.2.3' });
    expect(ready).toEqual(['1.2.3']);
    expect(updates.downloadedVersion).toBe('1.2.3');
    expect(updates.quitAndInstall()).toBe(true);
    expect(updater.installs).toBe(1);
    expect(lines).toContain('info auto-update: downloading 1.2.3');
    expect(lines).toContain('info auto-update: 1.2.3 is ready and installs on quit');
  });

  it("routes electron-updater's own log through the redacting logger", async () => {
    await service().start();
    updater.logger?.info(
      'Downloading update from https://github.com/o/r/releases/download/v1/a.exe?token=abc',
    );
    updater.logger?.error(new Error('bad Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln'));
    expect(lines).toEqual([
      'info auto-update: Downloading update from https://github.com/o/r/releases/download/v1/a.exe?[redacted]',
      'error auto-update: bad Bearer [redacted]',
    ]);
  });

  it('turns itself off when electron-updater cannot load', async () => {
    const updates = service({
      loadUpdater: () => Promise.reject(new Error('no platform updater')),
    });
    await expect(updates.start()).resolves.toBe(false);
    expect(lines).toEqual([
      'error auto-update: off (could not load the updater: no platform updater)',
    ]);
  });
});

describe('redactUpdateLog', () => {
  it.each([
    ['"authorization": "token ghp_abcdefghijklmnopqrstuv0123"', '"authorization": "[redacted]"'],
    ['PRIVATE-TOKEN: glpat-xyz123456', 'PRIVATE-TOKEN: [redacted]'],
    ['github_pat_11ABCDEFG0123456789_abcdefghijklmnop', '[redacted]'],
    ['Found version 1.2.3 (url: a.AppImage)', 'Found version 1.2.3 (url: a.AppImage)'],
  ])('%s', (input, expected) => {
    expect(redactUpdateLog(input)).toBe(expected);
  });
});
