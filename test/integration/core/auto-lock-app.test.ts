/**
 * Auto-lock through the app's own wiring (issue #13 §3): AppServices, the IPC handlers and main's
 * dispatch with its lock gate, against the local stack and the OpenAI stand-in, with the system's
 * idle time faked (test/support/fake-idle.ts). Idle past the minutes chosen in Settings locks;
 * the running test is cancelled and its row put back; every channel of the contract but the
 * unlock screen's is refused and no list event leaves main; the password unlocks; neither the
 * account password nor a wrong one typed on the unlock screen reaches a reply, an event or a log.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppServices } from '../../../electron/main/app/app-services.ts';
import { createIpcHandlers } from '../../../electron/main/app/ipc-handlers.ts';
import { lockGate } from '../../../electron/main/ipc/lock-gate.ts';
import type { IpcDispatch } from '../../../electron/main/ipc/register-handlers.ts';
import { createIpcDispatch } from '../../../electron/main/ipc/register-handlers.ts';
import { createLogger } from '../../../electron/main/logging/logger.ts';
import type { MemorySink } from '../../../electron/main/logging/sinks.ts';
import { memorySink } from '../../../electron/main/logging/sinks.ts';
import { SettingsStore } from '../../../electron/main/settings/settings-store.ts';
import type { IpcChannelName, IpcEventName } from '../../../shared/ipc/contract.ts';
import { ipcChannels } from '../../../shared/ipc/contract.ts';
import { LOCKED_CHANNELS, LOCKED_EVENTS } from '../../../shared/ipc/locked-channels.ts';
import type { IpcResult } from '../../../shared/ipc/result.ts';
import { registerOpenAi, startStandIns } from '../../providers/support/stand-in-suite.ts';
import type { StandIns } from '../../providers/support/stand-in-suite.ts';
import { testKeychain } from '../../support/core-harness.ts';
import { FakeIdle } from '../../support/fake-idle.ts';
import type { SupabaseTarget } from '../../support/supabase-target.ts';
import {
  localStackOf,
  remoteTargetConfigured,
  startSupabaseTarget,
} from '../../support/supabase-target.ts';
import type { TestUser } from '../../support/supabase-users.ts';
import { createTestUser, deleteTestUsers } from '../../support/supabase-users.ts';

const trusted = { senderFrame: { url: 'app://aterges/index.html', parent: null } };
let target: SupabaseTarget;
let user: TestUser;
let standIns: StandIns;
let db: pg.Pool;
let services: AppServices;
let dispatch: IpcDispatch;
let logs: MemorySink;
const idle = new FakeIdle();
const emitted: Array<{ event: IpcEventName; payload: unknown }> = [];
const replies: Array<IpcResult<unknown>> = [];

/** Calls a channel as the page does, through the sender check, the lock gate and zod. */
async function call(channel: IpcChannelName, request?: unknown): Promise<IpcResult<unknown>> {
  const reply = await dispatch(channel, trusted, request);
  replies.push(reply);
  return reply;
}

async function rowStatus(id: string): Promise<string> {
  const { rows } = await db.query<{ status: string }>(
    'select status from public.integrations where id = $1',
    [id],
  );
  return rows[0]!.status;
}

describe.skipIf(remoteTargetConfigured())('auto-lock through the app (local stack only)', () => {
  beforeAll(async () => {
    target = await startSupabaseTarget();
    db = new pg.Pool({ connectionString: localStackOf(target).database.adminUrl, max: 2 });
    db.on('error', () => undefined);
    user = await createTestUser(target, { label: 'auto-lock-app' });
    standIns = await startStandIns();
    const dataDir = mkdtempSync(join(tmpdir(), 'aterges-lock-'));
    logs = memorySink();
    const logger = createLogger({ level: 'debug', sinks: [logs.sink] });
    services = await AppServices.start({
      dataDir,
      settings: new SettingsStore({
        directory: dataDir,
        localDevConnection: { supabaseUrl: target.url, supabaseAnonKey: target.publishableKey },
      }),
      keychain: await testKeychain(),
      logger,
      runner: standIns.runner({ deadlineMs: 10_000 }),
      emit: (event, payload) => emitted.push({ event, payload }),
      openExternal: () => Promise.resolve(),
      confirmProjectChange: () => Promise.resolve(true),
      idle: idle.appIdle(),
    });
    dispatch = createIpcDispatch(createIpcHandlers(services), {
      isTrustedSender: () => true,
      logError: (message, error) => logger.error(message, { error }),
      gate: lockGate(() => services.isLocked()),
    });
  });

  afterAll(async () => {
    await services?.stop();
    await standIns?.close();
    await db?.end();
    if (user) await deleteTestUsers(target, [user]);
    await target?.stop();
  });

  it('locks when idle, cancels the running test, refuses every channel, unlocks with the password', async () => {
    const wrongCanary = `Wrong-unlock-canary-${Date.now()}`;
    expect(
      await call('session:sign-in', { email: user.email, password: user.password }),
    ).toMatchObject({ ok: true });
    expect(await call('settings:set-preferences', { autoLockMinutes: 5 })).toMatchObject({
      ok: true,
    });
    const account = registerOpenAi(standIns);
    const created = await call('integrations:create', {
      type: 'openai',
      name: `Bloqueo ${Date.now()}`,
      credentials: account.credentials,
      config: account.config,
      verify: true,
    });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const id = (created.data as { integration: { id: string } }).integration.id;

    // A test the provider never answers is running when the lock comes.
    await standIns.openai.setMode('hang');
    const before = standIns.openai.requests.length;
    const testing = call('integrations:test', { id });
    await vi.waitFor(() => expect(standIns.openai.requests.length).toBeGreaterThan(before));
    expect(await rowStatus(id)).toBe('verifying');

    await idle.pass(4 * 60);
    expect(await call('lock:get-state')).toEqual({
      ok: true,
      data: { locked: false, triesLeft: 5 },
    });
    const fromLock = emitted.length;
    await idle.pass(60);
    expect(await call('lock:get-state')).toEqual({
      ok: true,
      data: { locked: true, triesLeft: 5 },
    });
    expect(await testing).toMatchObject({ ok: true, data: { ok: false, errorKind: 'cancelled' } });
    expect(await rowStatus(id)).toBe('connected');
    await standIns.openai.setMode('normal');

    // Every channel of the contract, from the contract: refused unless the unlock screen needs it.
    for (const channel of Object.keys(ipcChannels) as IpcChannelName[]) {
      if (LOCKED_CHANNELS.has(channel)) continue;
      expect(await call(channel, { id }), channel).toEqual({
        ok: false,
        error: { code: 'not_authenticated', reason: 'app_locked' },
      });
    }
    // The session is still there (a lock is not a sign-out), and the page hears only of the lock.
    expect(await call('session:get-state')).toMatchObject({
      ok: true,
      data: { status: 'signed_in' },
    });
    await services.connected().offline.listIntegrations();
    const sent = emitted.slice(fromLock).map(({ event }) => event);
    expect(sent).toContain('lock:changed');
    for (const event of sent) expect(LOCKED_EVENTS.has(event), event).toBe(true);

    expect(await call('lock:unlock', { method: 'password', password: wrongCanary })).toEqual({
      ok: false,
      error: {
        code: 'not_authenticated',
        reason: 'wrong_credentials',
        field: 'password',
        params: { triesLeft: 4 },
      },
    });
    expect(await call('lock:unlock', { method: 'password', password: user.password })).toEqual({
      ok: true,
      data: { locked: false, triesLeft: 5 },
    });
    expect(await call('integrations:list')).toMatchObject({ ok: true });
    // Unlocking did not replace the stored session with the check's throwaway one.
    expect(services.connected().session.getState()).toMatchObject({
      status: 'signed_in',
      user: { email: user.email },
    });

    const seen = JSON.stringify({ replies, emitted }) + logs.text();
    expect(seen).not.toContain(wrongCanary);
    expect(seen).not.toContain(user.password);
  });

  it('locks on the menu and on the system lock screen, and sign-out ends the lock', async () => {
    await services.lockNow();
    expect(services.isLocked()).toBe(true);
    expect(await call('session:sign-out')).toMatchObject({
      ok: true,
      data: { status: 'signed_out' },
    });
    expect(services.lockState()).toEqual({ locked: false, triesLeft: 5 });
    // Nobody signed in: nothing to lock.
    await services.onSystemLock('lock-screen');
    expect(services.isLocked()).toBe(false);
    expect(
      await call('session:sign-in', { email: user.email, password: user.password }),
    ).toMatchObject({ ok: true });
    await services.onSystemLock('suspend');
    expect(services.isLocked()).toBe(true);
    expect(
      await call('lock:unlock', { method: 'password', password: user.password }),
    ).toMatchObject({ ok: true });
  });
});
