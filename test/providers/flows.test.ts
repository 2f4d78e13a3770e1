import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionService } from '../../electron/main/connection/connection-service.ts';
import type { StatusChangedEvent } from '../../electron/main/connection/connection-service.ts';
import { AppError } from '../../shared/errors.ts';
import { AZURE_AUTHORITY_HOSTS } from '../../shared/integration-config.ts';
import { serializeCredentials } from '../../shared/stored-credentials.ts';
import {
  canaryAzureCredentials,
  canaryOpenAiCredentials,
} from '../support/provider-stand-ins/canary-credentials.ts';
import { InMemoryVault } from './support/in-memory-vault.ts';
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

/*
 * The flows (status writes, cancel, test all, save-and-verify, verified rotation) over an in-memory
 * vault and the real SDKs against the stand-ins. The same flows through the real vault client and
 * Postgres are in flows-vault.test.ts.
 */

let standIns: StandIns;
beforeAll(async () => {
  standIns = await startStandIns();
});
afterAll(() => standIns.close());
afterEach(async () => {
  standIns.openai.latencyMs = 0;
  await standIns.openai.setMode('normal');
});

function setup(options: { deadlineMs?: number; perHost?: number; total?: number } = {}) {
  const vault = new InMemoryVault();
  const events: StatusChangedEvent[] = [];
  const service = new ConnectionService({
    vault,
    runner: standIns.runner({ deadlineMs: options.deadlineMs ?? 2_000 }),
    onStatusChanged: (event) => events.push(event),
    concurrency: {
      ...(options.perHost ? { perHost: options.perHost } : {}),
      ...(options.total ? { total: options.total } : {}),
    },
  });
  return { vault, events, service };
}

/** When a seeded `connected` row was last verified. */
const LAST_VERIFIED = '2026-01-02T03:04:05.678Z';

function seedAccount(
  vault: InMemoryVault,
  account: Account,
  status: 'unverified' | 'connected' = 'unverified',
) {
  return vault.seed(account.type, serializeCredentials(account.type, account.credentials), {
    config: account.config,
    status,
    // A connected row was verified once; a test that ends without a result must not move this.
    ...(status === 'connected' ? { lastVerifiedAt: LAST_VERIFIED } : {}),
  });
}

describe('testing one integration', () => {
  it('writes verifying, then connected, and reports both changes', async () => {
    const { vault, events, service } = setup();
    const account = registerOpenAi(standIns);
    const integration = seedAccount(vault, account);
    const result = await service.test(integration.id);
    expect(result.ok).toBe(true);
    expect(vault.statusWrites.map((w) => w.status)).toEqual(['verifying', 'connected']);
    expect(events.map((e) => e.status)).toEqual(['verifying', 'connected']);
    expect(events[0]!.result).toBeNull();
    expect(events[1]!.result).toEqual(result);
    const after = await vault.get(integration.id);
    expect(after).toMatchObject({ status: 'connected', errorMessage: null });
    expect(after.lastVerifiedAt).not.toBeNull();
  });

  it('writes error with the reason code when the provider refuses', async () => {
    const { vault, events, service } = setup();
    const account = registerAws(standIns);
    const wrong = {
      ...account,
      credentials: { ...account.credentials, secretAccessKey: 'A'.repeat(40) },
    };
    const integration = seedAccount(vault, wrong);
    const result = await service.test(integration.id);
    expect(result.errorKind).toBe('invalid_credentials');
    expect(vault.statusWrites.at(-1)).toMatchObject({
      status: 'error',
      errorCode: 'secret_mismatch',
    });
    expect(events.at(-1)).toMatchObject({ id: integration.id, status: 'error', result });
  });

  it('does not test a disabled integration or read its credentials', async () => {
    const { vault, service } = setup();
    const integration = vault.seed('openai', canaryOpenAiCredentials().apiKey, {
      status: 'disabled',
    });
    const result = await service.test(integration.id);
    expect(result).toMatchObject({ ok: false, errorKind: null });
    expect(result.reason).toBe('disabled');
    expect(vault.statusWrites).toEqual([]);
    expect(vault.events.filter((e) => e.eventType === 'credentials_read')).toEqual([]);
  });

  it('records a provider that never answers as a timeout error at the deadline', async () => {
    const { vault, service } = setup({ deadlineMs: 1_000 });
    const integration = seedAccount(vault, registerGoogle(standIns, 'hang'));
    const { value, elapsedMs } = await timed(() => service.test(integration.id));
    expect(value).toMatchObject({
      errorKind: 'timeout',
      reason: 'deadline_exceeded',
      params: { deadlineMs: 1_000 },
    });
    expect(elapsedMs).toBeLessThan(2_000);
    expect(await vault.get(integration.id)).toMatchObject({
      status: 'error',
      errorCode: 'deadline_exceeded',
    });
  });

  it('cancels a running test and puts the previous status back', async () => {
    const { vault, events, service } = setup({ deadlineMs: 10_000 });
    const integration = seedAccount(vault, registerAzure(standIns, 'hang'), 'connected');
    expect(service.cancel(integration.id)).toBe(false);
    const running = timed(() => service.test(integration.id));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(service.cancel(integration.id)).toBe(true);
    const { value, elapsedMs } = await running;
    expect(value.errorKind).toBe('cancelled');
    expect(elapsedMs).toBeLessThan(1_500);
    expect(vault.statusWrites.map((w) => w.status)).toEqual(['verifying', 'connected']);
    expect(events.at(-1)).toMatchObject({
      status: 'connected',
      result: { errorKind: 'cancelled', reason: 'cancelled' },
    });
    // Put back by restoreStatus, not written as a (verification) result.
    expect(vault.statusWrites.map((w) => w.kind)).toEqual(['set', 'restore']);
    expect(await vault.get(integration.id)).toMatchObject({
      status: 'connected',
      lastVerifiedAt: LAST_VERIFIED,
    });
    expect(vault.events.at(-1)).toMatchObject({
      eventType: 'connection_test',
      details: { outcome: 'cancelled' },
    });
    expect(vault.events.at(-2)?.details).toMatchObject({
      old_status: 'verifying',
      new_status: 'connected',
      reason: 'test_cancelled',
    });
  });

  it('a cancelled test brings back the previous error and its code', async () => {
    const { vault, events, service } = setup({ deadlineMs: 10_000 });
    const wrong = canaryOpenAiCredentials();
    const integration = vault.seed('openai', wrong.apiKey, {
      config: { baseUrl: standIns.openai.baseUrl },
    });
    const failed = await service.test(integration.id);
    expect(failed.errorKind).toBe('invalid_credentials');
    const before = await vault.get(integration.id);
    expect(before).toMatchObject({ status: 'error', errorCode: failed.reason });

    await standIns.openai.setMode('hang');
    const running = service.test(integration.id);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(service.cancel(integration.id)).toBe(true);
    expect(await running).toMatchObject({ errorKind: 'cancelled', reason: 'cancelled' });
    expect(await vault.get(integration.id)).toMatchObject({
      status: 'error',
      errorCode: failed.reason,
      lastVerifiedAt: before.lastVerifiedAt,
    });
    expect(events.at(-1)).toMatchObject({ status: 'error', result: { errorKind: 'cancelled' } });
  });

  it('joins a second request for the same integration instead of testing twice', async () => {
    const { vault, service } = setup();
    standIns.openai.latencyMs = 200;
    const integration = seedAccount(vault, registerOpenAi(standIns));
    const before = standIns.openai.requests.length;
    const [first, second] = await Promise.all([
      service.test(integration.id),
      service.test(integration.id),
    ]);
    expect(second).toBe(first);
    expect(standIns.openai.requests.length - before).toBe(1);
  });

  it('passes on a vault failure and leaves the status as it was', async () => {
    const { vault, events, service } = setup();
    const integration = seedAccount(vault, registerOpenAi(standIns), 'connected');
    vault.useCredentials = () => Promise.reject(new AppError('offline', 'vault_offline'));
    await expect(service.test(integration.id)).rejects.toMatchObject({ code: 'offline' });
    expect((await vault.get(integration.id)).status).toBe('connected');
    expect((await vault.get(integration.id)).lastVerifiedAt).toBe(LAST_VERIFIED);
    expect(vault.statusWrites.map((w) => w.kind)).toEqual(['set', 'restore']);
    expect(events.map((e) => [e.status, e.result])).toEqual([
      ['verifying', null],
      ['connected', null],
    ]);
  });

  it('a late restore leaves a newer status alone', async () => {
    const { vault } = setup();
    const integration = seedAccount(vault, registerOpenAi(standIns), 'connected');
    await vault.setStatus(integration.id, 'verifying');
    await vault.setStatus(integration.id, 'error', 'quota_exhausted');
    await vault.restoreStatus(integration.id);
    expect(await vault.get(integration.id)).toMatchObject({
      status: 'error',
      errorCode: 'quota_exhausted',
    });
    expect(vault.statusWrites.map((w) => w.kind)).toEqual(['set', 'set']);
  });
});

describe('testing all integrations', () => {
  it('runs at most `perHost` tests of one host at once, so the total follows the slowest tests, not their sum', async () => {
    const { vault, service } = setup({ perHost: 4 });
    standIns.openai.latencyMs = 300;
    const ids = Array.from({ length: 8 }, () => seedAccount(vault, registerOpenAi(standIns)).id);
    const disabled = vault.seed('openai', canaryOpenAiCredentials().apiKey, { status: 'disabled' });
    const { value, elapsedMs } = await timed(() => service.testAll());
    expect(value.map((o) => o.integrationId)).toEqual(ids);
    expect(value.map((o) => o.integrationId)).not.toContain(disabled.id);
    expect(value.every((o) => o.result.ok)).toBe(true);
    // 8 tests of ~300 ms in lanes of 4: about 600 ms, far from the 2.4 s sum.
    expect(elapsedMs).toBeGreaterThanOrEqual(580);
    expect(elapsedMs).toBeLessThan(1_800);
  });

  it('bounds hanging providers by the deadline and still reports the others', async () => {
    const { vault, service } = setup({ deadlineMs: 1_000, perHost: 4 });
    const hanging = [seedAccount(vault, registerAws(standIns, { behaviour: 'hang' })).id];
    hanging.push(seedAccount(vault, registerGoogle(standIns, 'hang')).id);
    const fine = [
      registerOpenAi(standIns),
      registerAws(standIns),
      registerAzure(standIns),
      registerGoogle(standIns),
    ].map((account) => seedAccount(vault, account).id);
    const { value, elapsedMs } = await timed(() => service.testAll());
    const byId = new Map(value.map((o) => [o.integrationId, o.result]));
    for (const id of hanging) expect(byId.get(id)?.errorKind).toBe('timeout');
    for (const id of fine) expect(byId.get(id)?.ok).toBe(true);
    expect(elapsedMs).toBeLessThan(2_000);
  });

  it('lets other providers go ahead of one whose tests all hang', async () => {
    // A pool of 4 in list order would spend the whole deadline on the 4 hanging AWS tests first.
    const { vault, service } = setup({ deadlineMs: 1_000, perHost: 4, total: 16 });
    standIns.openai.latencyMs = 300;
    const hanging = Array.from(
      { length: 4 },
      () => seedAccount(vault, registerAws(standIns, { behaviour: 'hang' })).id,
    );
    const fine = Array.from({ length: 8 }, () => seedAccount(vault, registerOpenAi(standIns)).id);
    const { value, elapsedMs } = await timed(() => service.testAll());
    const byId = new Map(value.map((o) => [o.integrationId, o.result]));
    for (const id of hanging) expect(byId.get(id)?.errorKind).toBe('timeout');
    for (const id of fine) expect(byId.get(id)?.ok).toBe(true);
    // The 8 OpenAI tests (two rounds of ~300 ms) finish inside the AWS deadline, not after it.
    expect(elapsedMs).toBeGreaterThanOrEqual(990);
    expect(elapsedMs).toBeLessThan(1_600);
  });

  it('reports its progress, done of total, on each final status event', async () => {
    const { vault, events, service } = setup();
    const ids = [registerOpenAi(standIns), registerAws(standIns), registerGoogle(standIns)].map(
      (account) => seedAccount(vault, account).id,
    );
    await service.testAll();
    const final = events.filter((e) => e.status !== 'verifying');
    expect(final.map((e) => e.progress)).toEqual([
      { done: 1, total: 3 },
      { done: 2, total: 3 },
      { done: 3, total: 3 },
    ]);
    expect(new Set(final.map((e) => e.id))).toEqual(new Set(ids));
    expect(events.filter((e) => e.status === 'verifying').every((e) => !e.progress)).toBe(true);
    // A single test afterwards is not part of a run.
    events.length = 0;
    await service.test(ids[0]!);
    expect(events.every((e) => e.progress === undefined)).toBe(true);
  });

  it('reports an integration the vault cannot serve without sinking the others', async () => {
    const { vault, service } = setup();
    const good = seedAccount(vault, registerOpenAi(standIns));
    const bad = seedAccount(vault, registerOpenAi(standIns));
    const original = vault.useCredentials.bind(vault);
    vault.useCredentials = (id, use) =>
      id === bad.id
        ? Promise.reject(new AppError('server_error', 'server_failed'))
        : original(id, use);
    const outcomes = await service.testAll();
    expect(outcomes.find((o) => o.integrationId === good.id)?.result.ok).toBe(true);
    expect(outcomes.find((o) => o.integrationId === bad.id)?.result).toMatchObject({
      ok: false,
      errorKind: null,
      reason: 'not_tested',
      params: { appError: 'server_error' },
    });
  });
});

describe('save and verify', () => {
  it('stores, tests the stored copy, and returns the integration as updated', async () => {
    const { vault, service } = setup();
    const account = registerAzure(standIns);
    const { integration, test } = await service.createAndVerify({
      type: 'azure',
      name: 'Azure prod',
      credentials: account.credentials,
      config: { authorityHost: AZURE_AUTHORITY_HOSTS.public },
      verify: true,
    });
    expect(test?.ok).toBe(true);
    expect(integration.status).toBe('connected');
    expect(integration.lastVerifiedAt).not.toBeNull();
    expect(vault.events.map((e) => e.eventType)).toContain('credentials_read');
  });

  it('only stores when verify is off', async () => {
    const { vault, service } = setup();
    const account = registerOpenAi(standIns);
    const { integration, test } = await service.createAndVerify({
      type: 'openai',
      name: 'OpenAI unverified',
      credentials: account.credentials,
      config: { baseUrl: standIns.openai.baseUrl },
      verify: false,
    });
    expect(test).toBeNull();
    expect(integration.status).toBe('unverified');
    expect(vault.statusWrites).toEqual([]);
  });
});

describe('verified rotation', () => {
  it('tests the new key at the new endpoint given with it, and stores both together', async () => {
    const { vault, service } = setup();
    const old = registerOpenAi(standIns);
    const integration = seedAccount(
      vault,
      { ...old, config: { baseUrl: 'http://127.0.0.1:9/v1' } },
      'connected',
    );
    const fresh = registerOpenAi(standIns);
    const outcome = await service.rotate({
      id: integration.id,
      type: 'openai',
      credentials: fresh.credentials,
      config: { baseUrl: standIns.openai.baseUrl },
      saveAnyway: false,
    });
    expect(outcome).toMatchObject({ saved: true, test: { ok: true } });
    expect(outcome.integration.config).toEqual({ baseUrl: standIns.openai.baseUrl });
    expect(vault.storedText(integration.id)).toBe(fresh.credentials.apiKey);
  });

  it('keeps the old credentials when the new ones fail', async () => {
    const { vault, service } = setup();
    const old = registerAzure(standIns);
    const integration = seedAccount(vault, old, 'connected');
    const storedBefore = vault.storedText(integration.id);
    const rejected = { ...old.credentials, clientSecret: canaryAzureCredentials().clientSecret };
    const outcome = await service.rotate({
      id: integration.id,
      type: 'azure',
      credentials: rejected,
      saveAnyway: false,
    });
    expect(outcome).toMatchObject({
      saved: false,
      test: { ok: false, errorKind: 'invalid_credentials' },
    });
    expect(outcome.integration.status).toBe('connected');
    expect(vault.storedText(integration.id)).toBe(storedBefore);
    expect(vault.statusWrites).toEqual([]);
  });

  it('saves failing credentials with saveAnyway and records the error', async () => {
    const { vault, service } = setup();
    const old = registerAzure(standIns);
    const integration = seedAccount(vault, old, 'connected');
    const rejected = { ...old.credentials, clientSecret: canaryAzureCredentials().clientSecret };
    const outcome = await service.rotate({
      id: integration.id,
      type: 'azure',
      credentials: rejected,
      saveAnyway: true,
    });
    expect(outcome.saved).toBe(true);
    expect(outcome.integration).toMatchObject({ status: 'error', credentialsVersion: 2 });
    expect(vault.storedText(integration.id)).toContain(rejected.clientSecret);
  });

  it('saves passing credentials and marks the integration connected', async () => {
    const { vault, service } = setup();
    const integration = seedAccount(vault, registerOpenAi(standIns));
    const next = registerOpenAi(standIns);
    const outcome = await service.rotate({
      id: integration.id,
      type: 'openai',
      credentials: next.credentials,
      saveAnyway: false,
    });
    expect(outcome).toMatchObject({ saved: true, test: { ok: true } });
    expect(outcome.integration.status).toBe('connected');
    expect(vault.storedText(integration.id)).toBe(next.credentials.apiKey);
  });

  it('never saves when the check is cancelled, even with saveAnyway', async () => {
    const { vault, service } = setup({ deadlineMs: 10_000 });
    const integration = seedAccount(vault, registerGoogle(standIns), 'connected');
    const storedBefore = vault.storedText(integration.id);
    const next = registerGoogle(standIns, 'hang');
    const rotation = service.rotate({
      id: integration.id,
      type: 'google_cloud',
      credentials: next.credentials,
      saveAnyway: true,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(service.cancel(integration.id)).toBe(true);
    const outcome = await rotation;
    expect(outcome).toMatchObject({ saved: false, test: { errorKind: 'cancelled' } });
    expect(vault.storedText(integration.id)).toBe(storedBefore);
  });

  it('refuses credentials of another provider', async () => {
    const { vault, service } = setup();
    const integration = seedAccount(vault, registerOpenAi(standIns));
    await expect(
      service.rotate({
        id: integration.id,
        type: 'azure',
        credentials: canaryAzureCredentials(),
        saveAnyway: true,
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

describe('canary credentials', () => {
  it('never appear in results, status writes, status events, audit details or console output', async () => {
    const consoleOutput = captureConsole();
    try {
      const { vault, events, service } = setup({ deadlineMs: 1_000 });
      const accounts = [
        registerOpenAi(standIns),
        registerAws(standIns, { temporary: true }),
        registerAzure(standIns),
        registerGoogle(standIns),
      ];
      const secrets = accounts.flatMap((a) => a.secrets);
      const observed: unknown[] = [];
      for (const account of accounts) {
        const integration = seedAccount(vault, account);
        observed.push(await service.test(integration.id));
      }
      // A wrong OpenAI key, whose 401 echoes part of it.
      const wrong = canaryOpenAiCredentials();
      secrets.push(wrong.apiKey);
      const echoing = vault.seed('openai', wrong.apiKey, {
        config: { baseUrl: standIns.openai.baseUrl },
      });
      observed.push(await service.test(echoing.id));
      const rotated = canaryOpenAiCredentials();
      secrets.push(rotated.apiKey);
      observed.push(
        await service.rotate({
          id: echoing.id,
          type: 'openai',
          credentials: rotated,
          saveAnyway: true,
        }),
      );
      observed.push(await service.testAll());
      expectNoSecret(observed, secrets);
      expectNoSecret(vault.statusWrites, secrets);
      expectNoSecret(events, secrets);
      expectNoSecret(vault.events, secrets);
      expectNoSecret(consoleOutput.text(), secrets);
    } finally {
      consoleOutput.stop();
    }
  });
});
