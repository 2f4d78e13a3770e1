/**
 * Issue #9, section 3, through the app's own wiring and IPC dispatch: a folder, a FIFO or a
 * symlink at `session.sealed` or `integrations.sealed` used to leave every channel answering
 * `not_configured` (or, for a FIFO, the start hanging). Now the app starts signed out, logs what it
 * moved aside, and every channel works: sign in, list, sign out.
 */
import { execFileSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppServices } from '../../../electron/main/app/app-services.ts';
import { projectDataDir } from '../../../electron/main/app/project-data-dir.ts';
import { createIpcHandlers } from '../../../electron/main/app/ipc-handlers.ts';
import { ConnectionTestRunner } from '../../../electron/main/connection/connection-test-runner.ts';
import { createIpcDispatch } from '../../../electron/main/ipc/register-handlers.ts';
import { createTrustedSenderCheck } from '../../../electron/main/ipc/trusted-sender.ts';
import { createLogger } from '../../../electron/main/logging/logger.ts';
import { memorySink } from '../../../electron/main/logging/sinks.ts';
import { CACHE_FILE_NAME } from '../../../electron/main/offline/integration-cache.ts';
import { SESSION_FILE_NAME } from '../../../electron/main/session/session-core.ts';
import { SettingsStore } from '../../../electron/main/settings/settings-store.ts';
import type { TestKeychain } from '../../support/core-harness.ts';
import { switchableNetwork, testKeychain } from '../../support/core-harness.ts';
import type { SupabaseTarget } from '../../support/supabase-target.ts';
import { startSupabaseTarget } from '../../support/supabase-target.ts';
import type { TestUser } from '../../support/supabase-users.ts';
import { createTestUser, deleteTestUsers } from '../../support/supabase-users.ts';

const ORIGIN = 'app://aterges';
const page = { senderFrame: { url: `${ORIGIN}/index.html`, parent: null } };

let target: SupabaseTarget;
let user: TestUser;
let keychain: TestKeychain;
const running: AppServices[] = [];

beforeAll(async () => {
  target = await startSupabaseTarget();
  user = await createTestUser(target, { label: 'unusable-files' });
  keychain = await testKeychain();
});
afterEach(async () => {
  for (const services of running.splice(0)) await services.stop();
});
afterAll(async () => {
  if (user) await deleteTestUsers(target, [user]);
  await target?.stop();
});

/** The app as main builds it, on the local stack, driven only through the IPC dispatch. */
async function startApp(dataDir: string, online = true) {
  const logs = memorySink();
  const services = await AppServices.start({
    dataDir,
    settings: new SettingsStore({
      directory: dataDir,
      localDevConnection: { supabaseUrl: target.url, supabaseAnonKey: target.publishableKey },
    }),
    keychain,
    logger: createLogger({ level: 'debug', sinks: [logs.sink] }),
    runner: new ConnectionTestRunner(),
    emit: () => undefined,
    openExternal: () => Promise.resolve(),
    confirmProjectChange: () => Promise.resolve(false),
    network: switchableNetwork(online),
  });
  running.push(services);
  const dispatch = createIpcDispatch(createIpcHandlers(services), {
    isTrustedSender: createTrustedSenderCheck(ORIGIN),
    logError: () => undefined,
  });
  const call = (channel: string, request?: unknown) => dispatch(channel, page, request);
  return { call, logs, services };
}

/** Resolves once the file has not changed for half a second (at most 10 s). */
async function settle(path: string): Promise<void> {
  const stamp = () => {
    try {
      const { mtimeMs, ino } = lstatSync(path);
      return `${mtimeMs}:${ino}`;
    } catch {
      return 'none';
    }
  };
  let last = stamp();
  for (let waited = 0; waited < 10_000; waited += 500) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = stamp();
    if (now === last) return;
    last = now;
  }
}

const plant: Record<string, (path: string) => void> = {
  'a folder': (path) => mkdirSync(path),
  'a FIFO': (path) => execFileSync('mkfifo', [path]),
  'a symlink pointing elsewhere': (path) => {
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'aterges-elsewhere-')), 'x');
    writeFileSync(elsewhere, 'not a sealed file');
    symlinkSync(elsewhere, path);
  },
};

const cases = Object.keys(plant).flatMap((what) =>
  [SESSION_FILE_NAME, CACHE_FILE_NAME].map((name) => [what, name] as const),
);

describe.skipIf(process.platform === 'win32')('an unusable sealed file at start', () => {
  it.each(cases)('%s as %s: signed out, moved aside, every channel works', async (what, name) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'aterges-unusable-app-'));
    const folder = projectDataDir(dataDir, target.url);
    plant[what]!(join(folder, name));
    const { call, logs } = await startApp(dataDir);

    if (name === SESSION_FILE_NAME) {
      expect(await call('session:get-state')).toMatchObject({
        ok: true,
        data: { status: 'signed_out' },
      });
      expect(logs.text()).toMatch(/The stored session could not be read; starting signed out/);
    }
    expect(
      await call('session:sign-in', { email: user.email, password: user.password }),
    ).toMatchObject({ ok: true, data: { status: 'signed_in' } });
    expect(await call('integrations:list')).toMatchObject({ ok: true, data: { source: 'server' } });
    expect(logs.text()).toMatch(
      name === CACHE_FILE_NAME
        ? /WARN .*Moved aside what was at the cache file path/
        : /WARN .*moved aside to session\.sealed\.unusable-/,
    );
    const names = readdirSync(folder);
    expect(names.filter((n) => n.startsWith(`${name}.unusable-`))).toHaveLength(1);
    expect(await call('session:sign-out')).toMatchObject({
      ok: true,
      data: { status: 'signed_out' },
    });
  });

  it('a FIFO as the cache of a signed-in user: the offline restart does not wait on it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'aterges-unusable-app-'));
    const first = await startApp(dataDir);
    expect(
      await first.call('session:sign-in', { email: user.email, password: user.password }),
    ).toMatchObject({ ok: true });
    expect(await first.call('integrations:list')).toMatchObject({ ok: true });
    await first.services.stop();
    const cache = join(projectDataDir(dataDir, target.url), CACHE_FILE_NAME);
    // The sign-in's own list refresh may still be writing the cache: wait until it is quiet.
    await settle(cache);
    rmSync(cache, { force: true });
    execFileSync('mkfifo', [cache]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(lstatSync(cache).isFIFO()).toBe(true);

    // Offline, the start shows the cached list: the one moment the cache is read.
    const again = await startApp(dataDir, false);
    expect(await again.call('session:get-state')).toMatchObject({
      ok: true,
      data: { status: 'signed_in', connectivity: 'offline' },
    });
    expect(await again.call('integrations:list')).toMatchObject({
      ok: true,
      data: { source: 'cache', integrations: [], syncedAt: null },
    });
    expect(again.logs.text()).toMatch(/WARN .*The integration cache could not be read/);
    expect(again.logs.text()).toMatch(/not a regular file \(FIFO\)/);
  });

  it('a file where the project folder belongs: moved aside, the services start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'aterges-unusable-app-'));
    const folder = projectDataDir(dataDir, target.url);
    rmSync(folder, { recursive: true });
    writeFileSync(folder, 'not a folder');
    const { call, logs } = await startApp(dataDir);
    expect(await call('session:get-state')).toMatchObject({
      ok: true,
      data: { status: 'signed_out' },
    });
    expect(
      await call('session:sign-in', { email: user.email, password: user.password }),
    ).toMatchObject({ ok: true, data: { status: 'signed_in' } });
    expect(await call('integrations:list')).toMatchObject({ ok: true, data: { source: 'server' } });
    expect(lstatSync(folder).isDirectory()).toBe(true);
    expect(logs.text()).toMatch(/WARN .*Moved aside what was at the project folder path/);
  });
});
