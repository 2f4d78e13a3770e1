/**
 * Tests interrupted half-way, through the REAL vault client, session and offline controller (the
 * core harness wires them as the app does) against the local stack, the SDKs against the provider
 * stand-ins: a sign-out, a session that ends, the network dropping, a Cancel sent right after
 * "Test", and rows another device left `verifying`. A row must never stay `verifying` once no test
 * will write its result, and nothing that cannot be written may be remembered but an id.
 */
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConnectionService } from '../../electron/main/connection/connection-service.ts';
import type { StatusChangedEvent } from '../../electron/main/connection/connection-service.ts';
import type { IntegrationList } from '../../electron/main/offline/offline-controller.ts';
import type { Integration, ParsedCreateIntegrationInput } from '../../shared/integration.ts';
import type { Core } from '../support/core-harness.ts';
import { startCore, switchableNetwork, testKeychain } from '../support/core-harness.ts';
import type { SupabaseTarget } from '../support/supabase-target.ts';
import {
  localStackOf,
  remoteTargetConfigured,
  startSupabaseTarget,
} from '../support/supabase-target.ts';
import type { TestUser } from '../support/supabase-users.ts';
import { createTestUser, deleteTestUsers } from '../support/supabase-users.ts';
import { expectNoSecret } from './support/leak-check.ts';
import { registerOpenAi, startStandIns } from './support/stand-in-suite.ts';
import type { Account, StandIns } from './support/stand-in-suite.ts';

interface IntegrationRow {
  status: string;
  error_message: string | null;
  /** last_verified_at as Postgres prints it, to compare to the microsecond. */
  last_verified_text: string | null;
}

let target: SupabaseTarget;
let user: TestUser;
let core: Core;
let standIns: StandIns;
let db: pg.Pool;
const network = switchableNetwork(true);
const secrets: string[] = [];
const pushedLists: IntegrationList[] = [];

async function row(id: string): Promise<IntegrationRow> {
  const { rows } = await db.query<IntegrationRow>(
    `select status, error_message, last_verified_at::text as last_verified_text
       from public.integrations where id = $1`,
    [id],
  );
  return rows[0]!;
}

async function trail(id: string): Promise<Array<{ event_type: string; details: object }>> {
  const { rows } = await db.query<{ event_type: string; details: object }>(
    'select event_type, details from public.integration_events where integration_id = $1 order by id',
    [id],
  );
  return rows;
}

function input(account: Account, name: string, verify: boolean): ParsedCreateIntegrationInput {
  secrets.push(...account.secrets);
  const { type, credentials, config } = account;
  return { type, name, credentials, config, verify } as ParsedCreateIntegrationInput;
}

/** A verified (`connected`) integration and its row as stored. */
async function connectedIntegration(label: string) {
  const { integration, test } = await core.connections.createAndVerify(
    input(registerOpenAi(standIns), `${label} ${Date.now()}`, true),
  );
  expect(test?.ok).toBe(true);
  return { integration, stored: await row(integration.id) };
}

/** Resolves once the OpenAI stand-in has received one more request than `before`. */
async function providerCalled(before: number): Promise<void> {
  await vi.waitFor(() => expect(standIns.openai.requests.length).toBeGreaterThan(before), {
    timeout: 5_000,
    interval: 5,
  });
}

const lastPushed = (id: string): Integration | undefined =>
  pushedLists.at(-1)?.integrations.find((integration) => integration.id === id);

const eventsFor = (id: string): StatusChangedEvent[] =>
  core.statusEvents.filter((event) => event.id === id);

// Reads and writes Postgres directly (status columns, audit rows), so it needs the local stack.
describe.skipIf(remoteTargetConfigured())(
  'tests interrupted half-way, over the real vault (local stack only)',
  () => {
    beforeAll(async () => {
      target = await startSupabaseTarget();
      db = new pg.Pool({ connectionString: localStackOf(target).database.adminUrl, max: 2 });
      db.on('error', () => undefined);
      user = await createTestUser(target, { label: 'interrupted' });
      standIns = await startStandIns();
      core = await startCore({
        target,
        keychain: await testKeychain(),
        network,
        runner: standIns.runner({ deadlineMs: 10_000 }),
      });
      core.offline.onIntegrationsChanged((list) => pushedLists.push(list));
      await core.offline.start();
    });

    beforeEach(async () => {
      network.set(true);
      await core.offline.whenSettled();
      if (core.session.getState().status !== 'signed_in') {
        await core.session.signIn({ email: user.email, password: user.password });
      }
      await core.offline.reconnectNow();
      expect(core.session.getState()).toMatchObject({
        status: 'signed_in',
        connectivity: 'online',
      });
    });

    afterEach(async () => {
      standIns.openai.latencyMs = 0;
      await standIns.openai.setMode('normal');
    });

    afterAll(async () => {
      await core?.dispose();
      await standIns?.close();
      await db?.end();
      if (user) await deleteTestUsers(target, [user]);
      await target?.stop();
    });

    it('a sign-out cancels the running test and puts its row back before the session ends', async () => {
      const { integration, stored } = await connectedIntegration('Sign-out');
      await standIns.openai.setMode('hang');
      const before = standIns.openai.requests.length;
      const testing = core.connections.test(integration.id);
      await providerCalled(before);
      expect((await row(integration.id)).status).toBe('verifying');

      expect(await core.signOut()).toMatchObject({ status: 'signed_out' });
      expect(await testing).toMatchObject({ errorKind: 'cancelled', reason: 'cancelled' });
      // Put back with the user's own token, before it was gone: no sweep was needed.
      expect(await row(integration.id)).toEqual(stored);
      // The restore, then the test's one activity entry (issue #14 §5).
      expect((await trail(integration.id)).at(-1)).toMatchObject({
        event_type: 'connection_test',
        details: { outcome: 'cancelled' },
      });
      expect((await trail(integration.id)).at(-2)).toEqual({
        event_type: 'status_changed',
        details: { old_status: 'verifying', new_status: 'connected', reason: 'test_cancelled' },
      });
      expect(eventsFor(integration.id).at(-1)).toMatchObject({
        status: 'connected',
        result: { errorKind: 'cancelled', reason: 'cancelled' },
      });
    });

    it('a session that ends under a running test: the row is put back at the next sign-in', async () => {
      const { integration, stored } = await connectedIntegration('Session ended');
      standIns.openai.latencyMs = 1_000;
      const before = standIns.openai.requests.length;
      const testing = core.connections.test(integration.id);
      await providerCalled(before);
      // Not the app's sign-out (which cancels first): the session is simply gone when the
      // provider answers, so neither the result nor the restore can be written.
      await core.session.signOut();
      await expect(testing).rejects.toMatchObject({ code: 'not_authenticated' });
      expect((await row(integration.id)).status).toBe('verifying');
      expect(eventsFor(integration.id).at(-1)).toEqual({
        id: integration.id,
        status: 'connected',
        result: null,
      });

      await core.session.signIn({ email: user.email, password: user.password });
      // The list load that follows the sign-in puts it back, last_verified_at untouched.
      await vi.waitFor(async () => expect(await row(integration.id)).toEqual(stored), {
        timeout: 5_000,
      });
      expect((await trail(integration.id)).at(-1)?.details).toMatchObject({
        reason: 'test_cancelled',
      });
      await vi.waitFor(() => expect(lastPushed(integration.id)?.status).toBe('connected'));
    });

    it('the network dropping under a running test: the row is put back on reconnect', async () => {
      const { integration, stored } = await connectedIntegration('Offline');
      standIns.openai.latencyMs = 1_000;
      const before = standIns.openai.requests.length;
      const testing = core.connections.test(integration.id);
      await providerCalled(before);
      network.set(false);
      expect(core.session.getState().connectivity).toBe('offline');
      await expect(testing).rejects.toMatchObject({ code: 'offline' });
      expect((await row(integration.id)).status).toBe('verifying');
      // Meanwhile the renderer shows the status the restore will bring, not "verifying".
      expect(eventsFor(integration.id).at(-1)).toMatchObject({ status: 'connected', result: null });

      network.set(true);
      await core.offline.whenSettled();
      expect(core.session.getState().connectivity).toBe('online');
      expect(await row(integration.id)).toEqual(stored);
      expect(lastPushed(integration.id)?.status).toBe('connected');
    });

    it('a Cancel sent right after "Test" stops it before any credential is read', async () => {
      const integration = await core.vault.create(
        input(registerOpenAi(standIns), `Early cancel ${Date.now()}`, false),
      );
      const before = standIns.openai.requests.length;
      const testing = core.connections.test(integration.id);
      // The integration is still being read: the Cancel must not be lost.
      expect(core.connections.cancel(integration.id)).toBe(true);
      expect(await testing).toMatchObject({
        ok: false,
        errorKind: 'cancelled',
        reason: 'cancelled',
      });
      expect(standIns.openai.requests.length).toBe(before);
      expect((await row(integration.id)).status).toBe('unverified');
      expect((await trail(integration.id)).map((e) => e.event_type)).toEqual(['created']);
      expect(eventsFor(integration.id)).toEqual([]);
    });

    it('a Cancel that arrives with the verifying write reads no credential and puts the row back', async () => {
      const { integration, stored } = await connectedIntegration('Cancel at verifying');
      const flows: ConnectionService = new ConnectionService({
        vault: core.vault,
        runner: standIns.runner(),
        // The user presses Cancel the moment the row shows "verifying".
        onStatusChanged: (event) => {
          if (event.status === 'verifying') flows.cancel(event.id);
        },
      });
      const before = standIns.openai.requests.length;
      expect(await flows.test(integration.id)).toMatchObject({
        errorKind: 'cancelled',
        reason: 'cancelled',
      });
      expect(standIns.openai.requests.length).toBe(before);
      expect(await row(integration.id)).toEqual(stored);
      expect((await trail(integration.id)).slice(-3, -1).map((e) => e.details)).toEqual([
        { old_status: 'connected', new_status: 'verifying' },
        { old_status: 'verifying', new_status: 'connected', reason: 'test_cancelled' },
      ]);
      expect((await trail(integration.id)).at(-1)).toMatchObject({
        event_type: 'connection_test',
        details: { outcome: 'cancelled', latency_ms: 0 },
      });
    });

    it('save and verify answers with the stored integration when the test cannot finish', async () => {
      standIns.openai.latencyMs = 1_000;
      const name = `Saved offline ${Date.now()}`;
      const before = standIns.openai.requests.length;
      const saving = core.connections.createAndVerify(input(registerOpenAi(standIns), name, true));
      await providerCalled(before);
      network.set(false);
      const { integration, test } = await saving;
      expect(integration).toMatchObject({ name, type: 'openai' });
      expect(test).toMatchObject({ ok: false, errorKind: null, identity: null });
      expect(test).toMatchObject({ reason: 'not_tested', params: { appError: 'offline' } });
      const { rows } = await db.query<{ id: string }>(
        'select id from public.integrations where name = $1',
        [name],
      );
      expect(rows).toEqual([{ id: integration.id }]);

      network.set(true);
      await core.offline.whenSettled();
      expect((await row(integration.id)).status).toBe('unverified');
    });

    it('a list load puts back rows abandoned elsewhere, and leaves another device’s running test alone', async () => {
      const abandoned = await core.vault.create(
        input(registerOpenAi(standIns), `Abandoned ${Date.now()}`, false),
      );
      const running = await core.vault.create(
        input(registerOpenAi(standIns), `Elsewhere ${Date.now()}`, false),
      );
      // Both set to verifying by "another device"; one of them long ago (it crashed).
      await core.vault.setStatus(abandoned.id, 'verifying');
      await core.vault.setStatus(running.id, 'verifying');
      await db.query(
        "update public.integrations set updated_at = now() - interval '10 minutes' where id = $1",
        [abandoned.id],
      );

      const list = await core.offline.listIntegrations();
      const listed = new Map(list.integrations.map((i) => [i.id, i.status]));
      expect(listed.get(abandoned.id)).toBe('unverified');
      expect(listed.get(running.id)).toBe('verifying');
      expect((await row(abandoned.id)).status).toBe('unverified');
      expect((await row(running.id)).status).toBe('verifying');
      await core.vault.restoreStatus(running.id);
    });

    it('no canary credential reaches a status event, an audit event or a log', async () => {
      expect(secrets.length).toBeGreaterThanOrEqual(5);
      const { rows } = await db.query<{ details: unknown }>(
        'select details from public.integration_events where user_id = $1',
        [user.id],
      );
      expectNoSecret(rows, secrets);
      expectNoSecret(core.statusEvents, secrets);
      expectNoSecret(pushedLists, secrets);
      expectNoSecret(core.logs.text(), secrets);
    });
  },
);
