import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionService } from '../../electron/main/connection/connection-service.ts';
import type { StatusChangedEvent } from '../../electron/main/connection/connection-service.ts';
import { STALE_VERIFYING_MS } from '../../electron/main/connection/abandoned-tests.ts';
import { AppError } from '../../shared/errors.ts';
import { serializeCredentials } from '../../shared/stored-credentials.ts';
import { InMemoryVault } from './support/in-memory-vault.ts';
import { registerOpenAi, startStandIns } from './support/stand-in-suite.ts';
import type { StandIns } from './support/stand-in-suite.ts';

/*
 * The flows when a test is interrupted (cancel-all, dispose, a result or restore that cannot be
 * written, the sweep of abandoned rows) over an in-memory vault and the real OpenAI SDK against
 * its stand-in. The same through the real vault client and Postgres: flows-vault-interrupted.
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

const LAST_VERIFIED = '2026-01-02T03:04:05.678Z';

function setup() {
  const vault = new InMemoryVault();
  const events: StatusChangedEvent[] = [];
  const service = new ConnectionService({
    vault,
    runner: standIns.runner({ deadlineMs: 10_000 }),
    onStatusChanged: (event) => events.push(event),
  });
  const connected = () => {
    const account = registerOpenAi(standIns);
    return vault.seed('openai', serializeCredentials('openai', account.credentials), {
      config: account.config,
      status: 'connected',
      lastVerifiedAt: LAST_VERIFIED,
    });
  };
  return { vault, events, service, connected };
}

/** Resolves once the OpenAI stand-in has received one more request than `before`. */
async function providerCalled(before: number): Promise<void> {
  while (standIns.openai.requests.length <= before) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const offline = () => new AppError('offline', 'vault_offline');

describe('cancelling everything', () => {
  it('cancelAll stops every running test and resolves once their rows are put back', async () => {
    const { vault, service, connected } = setup();
    const ids = [connected().id, connected().id];
    await standIns.openai.setMode('hang');
    const before = standIns.openai.requests.length;
    const running = ids.map((id) => service.test(id));
    await providerCalled(before + 1);
    await service.cancelAll();
    // Already put back when cancelAll resolves, not merely on the way.
    for (const id of ids) expect((await vault.get(id)).status).toBe('connected');
    for (const result of await Promise.all(running))
      expect(result).toMatchObject({ errorKind: 'cancelled', reason: 'cancelled' });
    expect(vault.statusWrites.map((w) => w.kind)).toEqual(['set', 'set', 'restore', 'restore']);
  });

  it('dispose cancels and puts back, and sends no status event any more', async () => {
    const { vault, events, service, connected } = setup();
    const { id } = connected();
    await standIns.openai.setMode('hang');
    const before = standIns.openai.requests.length;
    const running = service.test(id);
    await providerCalled(before);
    const sent = events.length;
    await service.dispose();
    expect(await running).toMatchObject({ errorKind: 'cancelled', reason: 'cancelled' });
    expect((await vault.get(id)).status).toBe('connected');
    expect(events.length).toBe(sent);
  });
});

describe('stopping "test all"', () => {
  it('cancels the running tests, starts no queued one, and answers them as cancelled', async () => {
    const { vault, service } = setup();
    const account = registerOpenAi(standIns);
    // One provider host, one test at a time: the first runs (and hangs), the others queue.
    const stoppable = new ConnectionService({
      vault,
      runner: standIns.runner({ deadlineMs: 10_000 }),
      concurrency: { perHost: 1, total: 1 },
    });
    const ids = [1, 2, 3].map(
      () =>
        vault.seed('openai', serializeCredentials('openai', account.credentials), {
          config: account.config,
          status: 'connected',
          lastVerifiedAt: LAST_VERIFIED,
        }).id,
    );
    await standIns.openai.setMode('hang');
    const before = standIns.openai.requests.length;
    const run = stoppable.testAll();
    await providerCalled(before);
    expect(stoppable.stopTestAll()).toBe(true);
    const outcomes = await run;
    expect(outcomes.map((o) => o.integrationId)).toEqual(ids);
    for (const { result } of outcomes) {
      expect(result).toMatchObject({ ok: false, errorKind: 'cancelled', reason: 'cancelled' });
    }
    // Only the first reached the provider; its row got its status back.
    expect(standIns.openai.requests.length).toBe(before + 1);
    for (const id of ids) expect((await vault.get(id)).status).toBe('connected');
    // Nothing left to stop.
    expect(stoppable.stopTestAll()).toBe(false);
    expect(service.stopTestAll()).toBe(false);
  });
});

describe('a result or restore that cannot be written', () => {
  it('a refused result write puts the previous status back and passes the error on', async () => {
    const { vault, events, service, connected } = setup();
    const { id } = connected();
    const setStatus = vault.setStatus.bind(vault);
    vault.setStatus = (rowId, status, message) =>
      status === 'verifying' ? setStatus(rowId, status, message) : Promise.reject(offline());
    await expect(service.test(id)).rejects.toMatchObject({ code: 'offline' });
    expect(await vault.get(id)).toMatchObject({
      status: 'connected',
      lastVerifiedAt: LAST_VERIFIED,
    });
    expect(vault.statusWrites.map((w) => w.kind)).toEqual(['set', 'restore']);
    expect(events.map((e) => [e.status, e.result])).toEqual([
      ['verifying', null],
      ['connected', null],
    ]);
  });

  it('a restore that cannot be written is done by the next list load, and only then', async () => {
    const { vault, events, service, connected } = setup();
    const { id } = connected();
    const restoreStatus = vault.restoreStatus.bind(vault);
    const setStatus = vault.setStatus.bind(vault);
    vault.setStatus = (rowId, status, message) =>
      status === 'verifying' ? setStatus(rowId, status, message) : Promise.reject(offline());
    vault.restoreStatus = () => Promise.reject(offline());
    await expect(service.test(id)).rejects.toMatchObject({ code: 'offline' });
    expect((await vault.get(id)).status).toBe('verifying');
    // The renderer is told what the restore will bring.
    expect(events.at(-1)).toEqual({ id, status: 'connected', result: null });
    // Still offline at the next load: nothing changes, the id is kept.
    expect(await service.restoreAbandoned(await vault.list())).toBe(false);
    vault.restoreStatus = restoreStatus;
    expect(await service.restoreAbandoned(await vault.list())).toBe(true);
    expect(await vault.get(id)).toMatchObject({
      status: 'connected',
      lastVerifiedAt: LAST_VERIFIED,
    });
    // Done once: the next load has nothing to put back.
    expect(await service.restoreAbandoned(await vault.list())).toBe(false);
  });

  it('the sweep leaves a running test, a young row of another device and other statuses alone', async () => {
    const { vault, service, connected } = setup();
    const stale = vault.seed('openai', 'sk-unused', {
      status: 'verifying',
      updatedAt: new Date(Date.now() - STALE_VERIFYING_MS - 60_000).toISOString(),
    });
    const young = vault.seed('openai', 'sk-unused', { status: 'verifying' });
    const mine = connected();
    await standIns.openai.setMode('hang');
    const before = standIns.openai.requests.length;
    const running = service.test(mine.id);
    await providerCalled(before);
    expect(await service.restoreAbandoned(await vault.list())).toBe(true);
    expect((await vault.get(stale.id)).status).toBe('unverified');
    expect((await vault.get(young.id)).status).toBe('verifying');
    expect((await vault.get(mine.id)).status).toBe('verifying');
    service.cancel(mine.id);
    expect(await running).toMatchObject({ errorKind: 'cancelled', reason: 'cancelled' });
  });
});

describe('save and verify after the store', () => {
  it('answers with the stored integration when the test throws and the read-back fails', async () => {
    const { vault, service } = setup();
    const account = registerOpenAi(standIns);
    // The vault stores, then goes away: the test cannot even read the row, nor can the read-back.
    vault.get = () => Promise.reject(offline());
    const { integration, test } = await service.createAndVerify({
      type: 'openai',
      name: 'Stored anyway',
      credentials: account.credentials,
      config: account.config,
      verify: true,
    });
    expect(integration).toMatchObject({ name: 'Stored anyway', status: 'unverified' });
    expect(test).toEqual({
      ok: false,
      latencyMs: 0,
      identity: null,
      errorKind: null,
      reason: 'not_tested',
      params: { appError: 'offline' },
    });
    expect((await vault.list()).map((i) => i.name)).toEqual(['Stored anyway']);
  });
});
