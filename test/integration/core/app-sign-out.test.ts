/**
 * The app's own wiring (AppServices, the IPC handlers, ConnectedServices) against the local
 * stack and the OpenAI stand-in: signing out through `session:sign-out`, and stopping the
 * project's services, while a test runs. The row must be put back with the user's token before
 * it is gone, and a project's services must go quiet once they are disposed.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppServices } from '../../../electron/main/app/app-services.ts';
import { createIpcHandlers } from '../../../electron/main/app/ipc-handlers.ts';
import type { IpcHandlers } from '../../../electron/main/ipc/register-handlers.ts';
import { createLogger } from '../../../electron/main/logging/logger.ts';
import { memorySink } from '../../../electron/main/logging/sinks.ts';
import { SettingsStore } from '../../../electron/main/settings/settings-store.ts';
import type { ParsedCreateIntegrationInput } from '../../../shared/integration.ts';
import type { IpcEventName } from '../../../shared/ipc/contract.ts';
import { registerOpenAi, startStandIns } from '../../providers/support/stand-in-suite.ts';
import type { StandIns } from '../../providers/support/stand-in-suite.ts';
import { testKeychain } from '../../support/core-harness.ts';
import type { SupabaseTarget } from '../../support/supabase-target.ts';
import {
  localStackOf,
  remoteTargetConfigured,
  startSupabaseTarget,
} from '../../support/supabase-target.ts';
import type { TestUser } from '../../support/supabase-users.ts';
import { createTestUser, deleteTestUsers } from '../../support/supabase-users.ts';

let target: SupabaseTarget;
let user: TestUser;
let standIns: StandIns;
let db: pg.Pool;
let services: AppServices;
let handlers: IpcHandlers;
const emitted: Array<{ event: IpcEventName; payload: unknown }> = [];

async function status(id: string): Promise<{ status: string; last_verified: string | null }> {
  const { rows } = await db.query<{ status: string; last_verified: string | null }>(
    'select status, last_verified_at::text as last_verified from public.integrations where id = $1',
    [id],
  );
  return rows[0]!;
}

/** Signs in, stores a verified OpenAI integration and starts a test the provider never answers. */
async function runningTest() {
  await handlers['session:sign-in']({ email: user.email, password: user.password });
  const account = registerOpenAi(standIns);
  const input = {
    type: 'openai',
    name: `App ${Date.now()}`,
    credentials: account.credentials,
    config: account.config,
    verify: true,
  } as ParsedCreateIntegrationInput;
  const { integration } = await handlers['integrations:create'](input);
  const stored = await status(integration.id);
  expect(stored.status).toBe('connected');
  await standIns.openai.setMode('hang');
  const before = standIns.openai.requests.length;
  const testing = handlers['integrations:test']({ id: integration.id });
  await vi.waitFor(() => expect(standIns.openai.requests.length).toBeGreaterThan(before), {
    timeout: 5_000,
    interval: 5,
  });
  expect((await status(integration.id)).status).toBe('verifying');
  return { id: integration.id, stored, testing };
}

describe.skipIf(remoteTargetConfigured())('the app with a test running (local stack only)', () => {
  beforeAll(async () => {
    target = await startSupabaseTarget();
    db = new pg.Pool({ connectionString: localStackOf(target).database.adminUrl, max: 2 });
    db.on('error', () => undefined);
    user = await createTestUser(target, { label: 'app-sign-out' });
    standIns = await startStandIns();
    const dataDir = mkdtempSync(join(tmpdir(), 'aterges-app-'));
    const logger = createLogger({ level: 'debug', sinks: [memorySink().sink] });
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
    });
    handlers = createIpcHandlers(services);
  });

  afterAll(async () => {
    await services?.stop();
    await standIns?.close();
    await db?.end();
    if (user) await deleteTestUsers(target, [user]);
    await target?.stop();
  });

  it('session:sign-out puts the running test’s row back before the session ends', async () => {
    const { id, stored, testing } = await runningTest();
    const from = emitted.length;
    expect(await handlers['session:sign-out'](undefined)).toMatchObject({ status: 'signed_out' });
    expect(await testing).toMatchObject({ ok: false, errorKind: 'cancelled' });
    expect(await status(id)).toEqual(stored);
    // The renderer hears of the restore while still signed in, then of the sign-out.
    const order = emitted
      .slice(from)
      .filter(({ event }) => event === 'integrations:status-changed' || event === 'session:changed')
      .map(({ event, payload }) =>
        event === 'session:changed'
          ? `session ${(payload as { status: string }).status}`
          : `status ${(payload as { status: string }).status}`,
      );
    expect(order.indexOf('status connected')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('status connected')).toBeLessThan(order.indexOf('session signed_out'));
    await standIns.openai.setMode('normal');
  });

  it('stopping the project’s services puts the row back and sends no more status events', async () => {
    const { id, stored, testing } = await runningTest();
    const from = emitted.length;
    await services.stop();
    expect(await testing).toMatchObject({ errorKind: 'cancelled' });
    expect(await status(id)).toEqual(stored);
    expect(emitted.slice(from).map(({ event }) => event)).not.toContain(
      'integrations:status-changed',
    );
    await standIns.openai.setMode('normal');
  });
});
