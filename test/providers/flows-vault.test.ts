/**
 * The connectivity flows through the REAL vault client: supabase-js → the local Supabase API →
 * Postgres with the migrations and Vault, the session in the real keychain, the SDKs against the
 * provider stand-ins. Checks what lands in the database (status, error_message, last_verified_at,
 * the audit trail), and that no canary credential reaches any of it.
 */
import { thisDeviceName } from '../../electron/main/app/device-name.ts';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionService } from '../../electron/main/connection/connection-service.ts';
import type { StatusChangedEvent } from '../../electron/main/connection/connection-service.ts';
import type { VaultPort } from '../../electron/main/connection/vault-port.ts';
import { AppError } from '../../shared/errors.ts';
import type { ParsedCreateIntegrationInput } from '../../shared/integration.ts';
import { serializeCredentials } from '../../shared/stored-credentials.ts';
import {
  canaryAzureCredentials,
  canaryOpenAiCredentials,
} from '../support/provider-stand-ins/canary-credentials.ts';
import type { Core, TestKeychain } from '../support/core-harness.ts';
import { startCore, testKeychain } from '../support/core-harness.ts';
import type { SupabaseTarget } from '../support/supabase-target.ts';
import {
  localStackOf,
  remoteTargetConfigured,
  startSupabaseTarget,
} from '../support/supabase-target.ts';
import type { TestUser } from '../support/supabase-users.ts';
import { createTestUser, deleteTestUsers } from '../support/supabase-users.ts';
import { captureConsole, expectNoSecret } from './support/leak-check.ts';
import {
  registerAws,
  registerAzure,
  registerGoogle,
  registerOpenAi,
  startStandIns,
} from './support/stand-in-suite.ts';
import type { Account, StandIns } from './support/stand-in-suite.ts';
import { timed } from './support/timing.ts';

interface IntegrationRow {
  status: string;
  error_message: string | null;
  last_verified_at: Date | null;
  /** last_verified_at as Postgres prints it, to compare to the microsecond. */
  last_verified_text: string | null;
  credentials_version: number;
}

let target: SupabaseTarget;
let keychain: TestKeychain;
let user: TestUser;
let core: Core;
let standIns: StandIns;
let db: pg.Pool;
const statusEvents: StatusChangedEvent[] = [];
const secrets: string[] = [];
let consoleOutput: ReturnType<typeof captureConsole>;

/** The flows as the app wires them, over the signed-in user's vault client. */
/** The English sentence stored beside the code, for clients without a catalog. */
const fallback = (reason: string) => `The connection test failed (${reason}).`;

function service(deadlineMs = 2_000): ConnectionService {
  return new ConnectionService({
    vault: core.vault,
    runner: standIns.runner({ deadlineMs }),
    onStatusChanged: (event) => statusEvents.push(event),
  });
}

async function row(id: string): Promise<IntegrationRow> {
  const { rows } = await db.query<IntegrationRow>(
    `select status, error_message, last_verified_at, last_verified_at::text as last_verified_text,
            credentials_version
       from public.integrations where id = $1`,
    [id],
  );
  return rows[0]!;
}

async function eventDetails(
  id: string,
): Promise<Array<{ event_type: string; details: Record<string, unknown> }>> {
  const { rows } = await db.query<{ event_type: string; details: Record<string, unknown> }>(
    'select event_type, details from public.integration_events where integration_id = $1 order by id',
    [id],
  );
  return rows;
}

function createInput(account: Account, name: string, verify = true): ParsedCreateIntegrationInput {
  secrets.push(...account.secrets);
  return {
    type: account.type,
    name,
    credentials: account.credentials,
    config: account.config,
    verify,
  } as ParsedCreateIntegrationInput;
}

// Reads Postgres directly (status columns, audit rows), so it needs the local stack.
describe.skipIf(remoteTargetConfigured())(
  'connectivity flows over the real vault (local stack only)',
  () => {
    beforeAll(async () => {
      consoleOutput = captureConsole();
      target = await startSupabaseTarget();
      db = new pg.Pool({ connectionString: localStackOf(target).database.adminUrl, max: 2 });
      db.on('error', () => undefined);
      keychain = await testKeychain();
      user = await createTestUser(target, { label: 'connectivity' });
      core = await startCore({ target, keychain });
      await core.session.signIn({ email: user.email, password: user.password });
      standIns = await startStandIns();
    });

    afterAll(async () => {
      consoleOutput?.stop();
      await core?.dispose();
      await standIns?.close();
      await db?.end();
      if (user) await deleteTestUsers(target, [user]);
      await target?.stop();
    });

    it('save and verify: stores, tests the stored copy, and records connected in the database', async () => {
      const { integration, test } = await service().createAndVerify(
        createInput(registerAws(standIns, { temporary: true }), `AWS ${Date.now()}`),
      );
      expect(test?.ok).toBe(true);
      expect(integration).toMatchObject({ status: 'connected', errorMessage: null });
      const stored = await row(integration.id);
      expect(stored).toMatchObject({ status: 'connected', error_message: null });
      expect(stored.last_verified_at).toBeInstanceOf(Date);
      // PostgREST keeps microseconds, pg's Date milliseconds.
      expect(Math.floor(Date.parse(integration.lastVerifiedAt!))).toBe(
        stored.last_verified_at!.getTime(),
      );
      const events = await eventDetails(integration.id);
      expect(events.map((e) => e.event_type)).toEqual([
        'created',
        'status_changed',
        'credentials_read',
        'status_changed',
        'connection_test',
      ]);
      expect(events[1]!.details).toMatchObject({
        old_status: 'unverified',
        new_status: 'verifying',
      });
      expect(events[3]!.details).toMatchObject({
        old_status: 'verifying',
        new_status: 'connected',
      });
      // The test's one activity entry, with this computer's name (issue #14 §5).
      expect(events[4]!.details).toMatchObject({ outcome: 'passed', device: thisDeviceName() });
      expect(events[4]!.details['latency_ms']).toBeTypeOf('number');
    });

    it('a refused credential: error, the reason code and last_verified_at land in the database', async () => {
      const wrong = canaryOpenAiCredentials();
      registerOpenAi(standIns);
      const account: Account = {
        type: 'openai',
        credentials: wrong,
        config: { baseUrl: standIns.openai.baseUrl },
        secrets: [wrong.apiKey],
      };
      const { integration, test } = await service().createAndVerify(
        createInput(account, `OpenAI ${Date.now()}`),
      );
      expect(test).toMatchObject({ ok: false, errorKind: 'invalid_credentials' });
      const stored = await row(integration.id);
      expect(stored).toMatchObject({ status: 'error', error_message: fallback(test!.reason) });
      expect(stored.last_verified_at).toBeInstanceOf(Date);
      expect(integration).toMatchObject({ status: 'error', errorCode: 'key_rejected' });
      const trailEnd = await eventDetails(integration.id);
      expect(trailEnd.at(-1)).toMatchObject({
        event_type: 'connection_test',
        details: { outcome: 'failed', error_code: 'key_rejected' },
      });
      const last = trailEnd.at(-2)!;
      expect(last.details).toMatchObject({
        new_status: 'error',
        error_code: 'key_rejected',
        error_message: fallback('key_rejected'),
      });
      expect(statusEvents.at(-1)).toMatchObject({
        id: integration.id,
        status: 'error',
        result: test,
      });
    });

    it('rotation keeps the old credentials in Vault when the new ones fail, and saves them with saveAnyway', async () => {
      const flows = service();
      const old = registerAzure(standIns);
      const { integration } = await flows.createAndVerify(createInput(old, `Azure ${Date.now()}`));
      const before = await row(integration.id);
      const rejected = { ...old.credentials, clientSecret: canaryAzureCredentials().clientSecret };
      secrets.push(rejected.clientSecret);

      const kept = await flows.rotate({
        id: integration.id,
        type: 'azure',
        credentials: rejected,
        saveAnyway: false,
      });
      expect(kept).toMatchObject({ saved: false, test: { errorKind: 'invalid_credentials' } });
      expect(await row(integration.id)).toMatchObject({
        status: 'connected',
        credentials_version: before.credentials_version,
      });
      const storedText = await core.vault.useCredentials(integration.id, (_i, text) =>
        Promise.resolve(text),
      );
      expect(storedText).toBe(serializeCredentials('azure', old.credentials));

      const saved = await flows.rotate({
        id: integration.id,
        type: 'azure',
        credentials: rejected,
        saveAnyway: true,
      });
      expect(saved).toMatchObject({ saved: true, integration: { status: 'error' } });
      expect(await row(integration.id)).toMatchObject({
        status: 'error',
        error_message: fallback(saved.test.reason),
        credentials_version: before.credentials_version + 1,
      });
    });

    it('a cancelled test puts the previous status back', async () => {
      const flows = service(10_000);
      const account = registerGoogle(standIns);
      const { integration } = await flows.createAndVerify(
        createInput(account, `Google ${Date.now()}`),
      );
      const verified = await row(integration.id);
      expect(verified.last_verified_at).toBeInstanceOf(Date);
      await standIns.google.setMode('hang');
      try {
        const running = flows.test(integration.id);
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(flows.cancel(integration.id)).toBe(true);
        expect(await running).toMatchObject({ errorKind: 'cancelled', reason: 'cancelled' });
      } finally {
        await standIns.google.setMode('normal');
      }
      expect(await row(integration.id)).toMatchObject({ status: 'connected', error_message: null });
      // Nothing was verified: restore_integration_status leaves last_verified_at as it was, and
      // the trail records a restore.
      expect((await row(integration.id)).last_verified_text).toBe(verified.last_verified_text);
      expect((await eventDetails(integration.id)).at(-1)).toMatchObject({
        event_type: 'connection_test',
        details: { outcome: 'cancelled' },
      });
      expect((await eventDetails(integration.id)).at(-2)).toEqual({
        event_type: 'status_changed',
        details: { old_status: 'verifying', new_status: 'connected', reason: 'test_cancelled' },
      });
      expect(statusEvents.at(-1)).toMatchObject({
        id: integration.id,
        status: 'connected',
        result: { errorKind: 'cancelled', reason: 'cancelled' },
      });
    });

    it('a cancelled test puts an error back with its code, last_verified_at unchanged', async () => {
      const flows = service(10_000);
      const wrong = canaryOpenAiCredentials();
      const account: Account = {
        type: 'openai',
        credentials: wrong,
        config: { baseUrl: standIns.openai.baseUrl },
        secrets: [wrong.apiKey],
      };
      const { integration, test } = await flows.createAndVerify(
        createInput(account, `OpenAI ${Date.now()}`),
      );
      expect(test).toMatchObject({ ok: false, errorKind: 'invalid_credentials' });
      const failed = await row(integration.id);
      await standIns.openai.setMode('hang');
      try {
        const running = flows.test(integration.id);
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(flows.cancel(integration.id)).toBe(true);
        expect(await running).toMatchObject({ errorKind: 'cancelled', reason: 'cancelled' });
      } finally {
        await standIns.openai.setMode('normal');
      }
      expect(await row(integration.id)).toMatchObject({
        status: 'error',
        error_message: fallback(test!.reason),
      });
      expect((await row(integration.id)).last_verified_text).toBe(failed.last_verified_text);
      expect(statusEvents.at(-1)).toMatchObject({ id: integration.id, status: 'error' });
    });

    it('a failed credential read puts the previous status back, last_verified_at unchanged', async () => {
      const { integration } = await service().createAndVerify(
        createInput(registerOpenAi(standIns), `OpenAI read ${Date.now()}`),
      );
      const verified = await row(integration.id);
      const vault = core.vault;
      // The real vault client, except that reading the credentials fails.
      const failingRead: VaultPort = {
        get: (id) => vault.get(id),
        list: () => vault.list(),
        create: (input) => vault.create(input),
        rotateCredentials: (id, type, credentials) =>
          vault.rotateCredentials(id, type, credentials),
        setStatus: (id, status, message) => vault.setStatus(id, status, message),
        restoreStatus: (id) => vault.restoreStatus(id),
        recordTest: (id, test) => vault.recordTest(id, test),
        useCredentials: () => Promise.reject(new AppError('server_error', 'server_failed')),
      };
      const flows = new ConnectionService({
        vault: failingRead,
        runner: standIns.runner(),
        onStatusChanged: (event) => statusEvents.push(event),
      });
      await expect(flows.test(integration.id)).rejects.toMatchObject({ code: 'server_error' });
      expect(await row(integration.id)).toMatchObject({ status: 'connected', error_message: null });
      expect((await row(integration.id)).last_verified_text).toBe(verified.last_verified_text);
      expect(statusEvents.at(-1)).toMatchObject({
        id: integration.id,
        status: 'connected',
        result: null,
      });
    });

    it('restoreStatus through the vault client: a no-op unless verifying, and not_found for a missing id', async () => {
      const { integration } = await service().createAndVerify(
        createInput(registerAws(standIns), `AWS restore ${Date.now()}`),
      );
      const before = await row(integration.id);
      const trail = await eventDetails(integration.id);
      await core.vault.restoreStatus(integration.id);
      expect(await row(integration.id)).toEqual(before);
      expect(await eventDetails(integration.id)).toEqual(trail);
      await expect(core.vault.restoreStatus(randomUUID())).rejects.toMatchObject({
        code: 'not_found',
      });
      await expect(core.vault.restoreStatus('not-a-uuid')).rejects.toMatchObject({
        code: 'invalid_input',
      });
    });

    it('test all: every enabled integration, bounded by the deadline, disabled ones skipped', async () => {
      const flows = service(1_500);
      const hanging = await core.vault.create(
        createInput(registerAws(standIns, { behaviour: 'hang' }), `Hang ${Date.now()}`, false),
      );
      const disabled = await core.vault.create(
        createInput(registerOpenAi(standIns), `Off ${Date.now()}`, false),
      );
      await core.vault.setEnabled(disabled.id, false);
      const { value, elapsedMs } = await timed(() => flows.testAll());
      const ids = value.map((o) => o.integrationId);
      expect(ids).toContain(hanging.id);
      expect(ids).not.toContain(disabled.id);
      expect(value.find((o) => o.integrationId === hanging.id)?.result).toMatchObject({
        errorKind: 'timeout',
        reason: 'deadline_exceeded',
      });
      expect(elapsedMs).toBeLessThan(1_500 + 3_000);
      expect(await row(hanging.id)).toMatchObject({
        status: 'error',
        error_message: fallback('deadline_exceeded'),
      });
      expect((await row(disabled.id)).status).toBe('disabled');
    });

    it('no canary credential reaches a status message, an audit event, a status event, a log or the console', async () => {
      expect(secrets.length).toBeGreaterThan(5);
      const { rows: integrations } = await db.query<{ row: unknown }>(
        "select to_jsonb(i) - 'secret_id' as row from public.integrations i where user_id = $1",
        [user.id],
      );
      const { rows: events } = await db.query<{ details: unknown }>(
        'select details from public.integration_events where user_id = $1',
        [user.id],
      );
      expectNoSecret(integrations, secrets);
      expectNoSecret(events, secrets);
      expectNoSecret(statusEvents, secrets);
      expectNoSecret(core.logs.text(), secrets);
      expectNoSecret(consoleOutput.text(), secrets);
    });
  },
);
