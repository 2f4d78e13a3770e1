/**
 * Issue #9, section 2, replayed as a compromised page would: only IPC calls through the real
 * dispatch (sender check, input and output schemas), against the real handlers, settings store and
 * app services talking to a Supabase target. The native confirmation is a stub that answers no,
 * as a person would to a switch they did not ask for. Afterwards nothing is saved and the app
 * still talks to the project it had.
 *
 * - Attack 1: `settings:clear-connection` (asked nothing before), then `settings:set-connection`
 *   to a server of the page's choosing, which then counted as a first setup and was not asked
 *   about either.
 * - Attack 2: a URL whose text reads as the user's project but leads elsewhere, because the URL
 *   parser drops the thirty line breaks: the dialog read "To https://userproject.supabase.co"
 *   and the app then talked to userproject.supabase.co.attacker.example.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppServices } from '../../electron/main/app/app-services.ts';
import { createIpcHandlers } from '../../electron/main/app/ipc-handlers.ts';
import type { ProjectChange } from '../../electron/main/app/project-change.ts';
import { ConnectionTestRunner } from '../../electron/main/connection/connection-test-runner.ts';
import type { InvokeEventLike } from '../../electron/main/ipc/register-handlers.ts';
import { createIpcDispatch } from '../../electron/main/ipc/register-handlers.ts';
import { createTrustedSenderCheck } from '../../electron/main/ipc/trusted-sender.ts';
import { createLogger } from '../../electron/main/logging/logger.ts';
import { memorySink } from '../../electron/main/logging/sinks.ts';
import { SETTINGS_FILE_NAME, SettingsStore } from '../../electron/main/settings/settings-store.ts';
import { countingFetch, testKeychain } from '../support/core-harness.ts';
import type { SupabaseTarget } from '../support/supabase-target.ts';
import { startSupabaseTarget } from '../support/supabase-target.ts';
import type { TestUser } from '../support/supabase-users.ts';
import { createTestUser, deleteTestUsers } from '../support/supabase-users.ts';

const ORIGIN = 'app://aterges';
const page: InvokeEventLike = { senderFrame: { url: `${ORIGIN}/index.html`, parent: null } };
const ATTACKER_KEY = 'sb_publishable_attackerKey_0123456789';
const SMUGGLED = `https://userproject.supabase.co${'\n'.repeat(30)}.attacker.example`;

let target: SupabaseTarget;
let user: TestUser;
const running: AppServices[] = [];

beforeAll(async () => {
  target = await startSupabaseTarget();
  user = await createTestUser(target, { label: 'project-switch' });
});
afterEach(async () => {
  for (const services of running.splice(0)) await services.stop();
});
afterAll(async () => {
  if (user) await deleteTestUsers(target, [user]);
  await target?.stop();
});

/** The app as main builds it, with the user's project saved (or none), driven only by IPC. */
async function startApp(options: { projectSaved: boolean; answer: boolean }) {
  const dataDir = mkdtempSync(join(tmpdir(), 'aterges-switch-'));
  const quiet = { info: () => undefined, warn: () => undefined };
  const settings = new SettingsStore({ directory: dataDir, logger: quiet });
  if (options.projectSaved) {
    await settings.setConnection({
      supabaseUrl: target.url,
      supabaseAnonKey: target.publishableKey,
    });
  }
  const asked: ProjectChange[] = [];
  /** What the person answers in the native dialog; a test may change it as it goes. */
  const person = { answer: options.answer };
  const network = countingFetch();
  const services = await AppServices.start({
    dataDir,
    settings,
    keychain: await testKeychain(),
    logger: createLogger({ level: 'debug', sinks: [memorySink().sink] }),
    runner: new ConnectionTestRunner(),
    emit: () => undefined,
    openExternal: () => Promise.resolve(),
    confirmProjectChange: (change) => {
      asked.push(change);
      return Promise.resolve(person.answer);
    },
    fetch: network.fetch,
  });
  running.push(services);
  const dispatch = createIpcDispatch(createIpcHandlers(services), {
    isTrustedSender: createTrustedSenderCheck(ORIGIN),
    logError: () => undefined,
  });
  const call = (channel: string, request?: unknown) => dispatch(channel, page, request);
  const savedFile = () => readFileSync(join(dataDir, SETTINGS_FILE_NAME), 'utf8');
  return { call, asked, person, calls: network.calls, savedFile };
}

type App = Awaited<ReturnType<typeof startApp>>;

/** The project in use is still the user's: settings say so and a sign-in reaches it, only it. */
async function stillOnTheUsersProject(app: App) {
  expect(await app.call('settings:get')).toMatchObject({
    ok: true,
    data: { source: 'settings', connection: { supabaseUrl: target.url } },
  });
  expect(JSON.parse(app.savedFile())).toMatchObject({ connection: { supabaseUrl: target.url } });
  const from = app.calls.length;
  expect(
    await app.call('session:sign-in', { email: user.email, password: user.password }),
  ).toMatchObject({ ok: true, data: { status: 'signed_in' } });
  expect(app.calls.length).toBeGreaterThan(from);
  for (const url of app.calls) expect(new URL(url).origin).toBe(target.url);
}

describe('attack 1: forget the project, then set another as if it were the first', () => {
  it('is refused at the first step when the person says no', async () => {
    const app = await startApp({ projectSaved: true, answer: false });
    expect(await app.call('settings:clear-connection')).toMatchObject({
      ok: false,
      error: { code: 'cancelled' },
    });
    expect(app.asked).toEqual([{ from: target.url, to: null }]);
    expect(
      await app.call('settings:set-connection', {
        supabaseUrl: 'https://attacker.example',
        supabaseAnonKey: ATTACKER_KEY,
      }),
    ).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(app.asked).toEqual([
      { from: target.url, to: null },
      { from: target.url, to: 'https://attacker.example' },
    ]);
    await stillOnTheUsersProject(app);
  });

  it('a project forgotten on purpose does not make the next one a first setup', async () => {
    const app = await startApp({ projectSaved: true, answer: true });
    expect(await app.call('settings:clear-connection')).toMatchObject({ ok: true });
    app.asked.length = 0;
    // From here the person says no to whatever the page tries next.
    app.person.answer = false;
    expect(
      await app.call('settings:set-connection', {
        supabaseUrl: 'https://attacker.example',
        supabaseAnonKey: ATTACKER_KEY,
      }),
    ).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(app.asked).toEqual([{ from: null, to: 'https://attacker.example' }]);
    expect(JSON.parse(app.savedFile())).toMatchObject({ connection: null });
    expect(await app.call('settings:get')).toMatchObject({
      ok: true,
      data: { source: 'none', connection: null },
    });
  });
});

describe('attack 2: a URL whose text reads as the user’s project but leads elsewhere', () => {
  it.each([false, true])(
    'is refused as a field error, never saved nor asked about (dialog would say yes: %s)',
    async (answer) => {
      const app = await startApp({ projectSaved: true, answer });
      const reply = await app.call('settings:set-connection', {
        supabaseUrl: SMUGGLED,
        supabaseAnonKey: ATTACKER_KEY,
      });
      expect(reply).toEqual({
        ok: false,
        error: {
          code: 'invalid_input',
          field: 'supabaseUrl',
          reason: 'fieldIssue.url_not_normalized',
        },
      });
      expect(app.asked).toEqual([]);
      expect(app.savedFile()).not.toContain('attacker');
      await stillOnTheUsersProject(app);
    },
  );

  it('is refused on the very first setup too, where nothing is asked', async () => {
    const app = await startApp({ projectSaved: false, answer: true });
    expect(
      await app.call('settings:set-connection', {
        supabaseUrl: SMUGGLED,
        supabaseAnonKey: ATTACKER_KEY,
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'supabaseUrl' } });
    expect(await app.call('settings:get')).toMatchObject({
      ok: true,
      data: { source: 'none', connection: null },
    });
    expect(() => app.savedFile()).toThrow(/ENOENT/);
    expect(app.calls).toEqual([]);
  });
});
