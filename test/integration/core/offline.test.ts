/**
 * Offline-friendly restore: a start without network shows the sealed cache and refuses writes;
 * a background reconnect with backoff (driven by a manual clock) refreshes the token, reloads
 * the list and re-seals the cache; an access token that expires offline keeps the user signed
 * in until the server itself rejects the refresh token. A canary credential is then searched for
 * everywhere the core writes.
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedCreateIntegrationInput } from '../../../shared/integration.ts';
import {
  CACHE_FILE_NAME,
  CACHE_PURPOSE,
} from '../../../electron/main/offline/integration-cache.ts';
import type { IntegrationList } from '../../../electron/main/offline/offline-controller.ts';
import { KEYCHAIN_SERVICE, SESSION_KEY_ACCOUNT } from '../../../electron/main/session/keychain.ts';
import { SESSION_FILE_NAME, SESSION_PURPOSE } from '../../../electron/main/session/session-core.ts';
import {
  canaryCredentials,
  leakedFragments,
  secretFragments,
} from '../../support/core-canaries.ts';
import type { Core, TestKeychain } from '../../support/core-harness.ts';
import {
  countingFetch,
  startCore,
  switchableNetwork,
  testKeychain,
  unsealedText,
} from '../../support/core-harness.ts';
import { ManualClock } from '../../support/core-manual-clock.ts';
import type { SupabaseTarget } from '../../support/supabase-target.ts';
import {
  faultsOf,
  NEEDS_LOCAL_STACK,
  remoteTargetConfigured,
  startSupabaseTarget,
} from '../../support/supabase-target.ts';
import type { TestUser } from '../../support/supabase-users.ts';
import { createTestUser, deleteTestUsers } from '../../support/supabase-users.ts';

let target: SupabaseTarget;
let keychain: TestKeychain;
let user: TestUser;
const cores: Core[] = [];
/** Every core the file started, for the log search at the end. */
const everyCore: Core[] = [];
/** Everything the core handed back to a caller, searched for the canary at the end. */
const returned: unknown[] = [];
const canary = canaryCredentials('openai');
const canaryFragments = secretFragments('openai', canary);
let canaryDataDir: string | null = null;

async function core(options: Partial<Parameters<typeof startCore>[0]> = {}): Promise<Core> {
  const started = await startCore({ target, keychain, ...options });
  cores.push(started);
  everyCore.push(started);
  return started;
}

async function signedInOnline(options: Partial<Parameters<typeof startCore>[0]> = {}) {
  const app = await core(options);
  returned.push(await app.session.signIn({ email: user.email, password: user.password }));
  returned.push(await app.offline.start());
  expect(app.session.getState().connectivity).toBe('online');
  return app;
}

const openAi = (
  name: string,
  credentials = canaryCredentials('openai'),
): ParsedCreateIntegrationInput => ({
  type: 'openai',
  name,
  credentials,
  config: {},
  verify: false,
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  target = await startSupabaseTarget();
  keychain = await testKeychain();
  user = await createTestUser(target, { label: 'core-offline' });
});

afterEach(async () => {
  for (const started of cores.splice(0)) await started.dispose();
  if (target.local) await faultsOf(target).restore();
});

afterAll(async () => {
  await keychain?.deletePassword(KEYCHAIN_SERVICE, SESSION_KEY_ACCOUNT);
  await deleteTestUsers(target, [user].filter(Boolean));
  await target?.stop();
});

/** Signs in online, stores two integrations (one with the canary), then quits. */
async function previousRun(): Promise<{ dataDir: string; ids: string[] }> {
  const app = await signedInOnline();
  const stamp = Date.now();
  const withCanary = await app.vault.create(openAi(`canary ${stamp}`, canary));
  const other = await app.vault.create(openAi(`second ${stamp}`));
  returned.push(withCanary, other, await app.offline.listIntegrations());
  await app.dispose();
  cores.splice(cores.indexOf(app), 1);
  canaryDataDir = app.dataDir;
  return { dataDir: app.dataDir, ids: [withCanary.id, other.id] };
}

describe('a start without network', () => {
  it('restores the session and the cached list, makes no network call, and refuses writes', async () => {
    const { dataDir, ids } = await previousRun();
    const network = switchableNetwork(false);
    const counted = countingFetch();
    const app = await core({ dataDir, network, fetch: counted.fetch, clock: new ManualClock() });
    const emitted: IntegrationList[] = [];
    app.offline.onIntegrationsChanged((list) => emitted.push(list));

    const state = await app.offline.start();
    expect(state).toMatchObject({
      status: 'signed_in',
      user: { id: user.id },
      connectivity: 'offline',
    });
    expect(state.lastSyncedAt).not.toBeNull();
    const list = await app.offline.listIntegrations();
    returned.push(state, list, emitted);
    expect(list.source).toBe('cache');
    expect(list.syncedAt).toBe(state.lastSyncedAt);
    expect(list.integrations.map((i) => i.id)).toEqual(expect.arrayContaining(ids));
    expect(emitted[0]).toEqual(list);

    const id = ids[0]!;
    const writes = [
      app.vault.create(openAi('offline write')),
      app.vault.update({ id, name: 'renamed offline' }),
      app.vault.rotateCredentials(id, 'openai', canaryCredentials('openai')),
      app.vault.setStatus(id, 'connected'),
      app.vault.setEnabled(id, false),
      app.vault.delete(id),
    ];
    for (const write of writes) await expect(write).rejects.toMatchObject({ code: 'offline' });
    expect(counted.calls).toEqual([]);
  });

  it('reconnects in the background with capped, jittered backoff, then refreshes, reloads and re-caches', async () => {
    const { dataDir } = await previousRun();
    const network = switchableNetwork(false);
    const clock = new ManualClock();
    const counted = countingFetch();
    const app = await core({ dataDir, network, clock, fetch: counted.fetch, random: () => 0 });
    const startedOffline = await app.offline.start();

    // With the network down every attempt fails at once; the waits double up to the cap
    // (jitter source pinned at 0: half of each exponential step).
    const delays: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      delays.push(clock.pendingDelays()[0]!);
      clock.fireNext();
      await app.offline.whenSettled();
    }
    expect(delays).toEqual([500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
    expect(counted.calls).toEqual([]);

    // Meanwhile the user added an integration on another device.
    const elsewhere = await signedInOnline();
    const added = await elsewhere.vault.create(openAi(`added elsewhere ${Date.now()}`));

    network.set(true); // the OS reports the network back: no need to wait for the timer
    await app.offline.whenSettled();
    const state = app.session.getState();
    expect(state).toMatchObject({ status: 'signed_in', connectivity: 'online' });
    expect(clock.pendingDelays()).toEqual([]);
    expect(counted.calls.some((url) => url.includes('grant_type=refresh_token'))).toBe(true);
    expect(counted.calls.some((url) => url.includes('/rest/v1/integrations'))).toBe(true);

    const list = await app.offline.listIntegrations();
    returned.push(state, list);
    expect(list.source).toBe('server');
    expect(list.integrations.map((i) => i.id)).toContain(added.id);
    const cached = await app.cache.read(user.id);
    expect(cached?.integrations.map((i) => i.id)).toContain(added.id);
    expect(Date.parse(cached!.syncedAt)).toBeGreaterThan(Date.parse(startedOffline.lastSyncedAt!));
    expect(state.lastSyncedAt).toBe(cached!.syncedAt);
  });
});

describe.skipIf(remoteTargetConfigured())(`losing the server [${NEEDS_LOCAL_STACK}]`, () => {
  it('an unreachable server switches to the cache; reconnectNow() comes back once it is up', async () => {
    const app = await signedInOnline({ clock: new ManualClock() });
    await faultsOf(target).setUnreachable(true);
    const list = await app.offline.listIntegrations();
    expect(list.source).toBe('cache');
    expect(app.session.getState().connectivity).toBe('offline');
    expect((await app.offline.reconnectNow()).connectivity).toBe('offline');

    await faultsOf(target).setUnreachable(false);
    expect((await app.offline.reconnectNow()).connectivity).toBe('online');
    expect((await app.offline.listIntegrations()).source).toBe('server');
  });

  it('a 503 from the project counts as offline; the scheduled retry brings it back', async () => {
    const clock = new ManualClock();
    const app = await signedInOnline({ clock });
    faultsOf(target).status503 = true;
    expect((await app.offline.listIntegrations()).source).toBe('cache');
    expect(app.session.getState().connectivity).toBe('offline');
    expect(clock.pendingDelays()).toHaveLength(1);

    faultsOf(target).status503 = false;
    clock.fireNext();
    await app.offline.whenSettled();
    expect(app.session.getState().connectivity).toBe('online');
  });
});

describe.skipIf(remoteTargetConfigured())(
  `an access token that expires offline [${NEEDS_LOCAL_STACK}]`,
  () => {
    /** Signs in with short-lived tokens, loses the server, lets the token expire, restarts offline. */
    async function expiredWhileOffline(): Promise<Core> {
      faultsOf(target).accessTokenTtlSeconds = 2;
      const first = await signedInOnline();
      await faultsOf(target).setUnreachable(true);
      await sleep(2_200);
      expect(first.session.getState().status).toBe('signed_in');
      await first.dispose();
      cores.splice(cores.indexOf(first), 1);

      const app = await core({ dataDir: first.dataDir, clock: new ManualClock() });
      const state = await app.offline.start();
      expect(state).toMatchObject({ status: 'signed_in', connectivity: 'offline' });
      expect((await app.offline.listIntegrations()).source).toBe('cache');
      return app;
    }

    it('keeps the user signed in, and the reconnect refreshes it', async () => {
      const app = await expiredWhileOffline();
      faultsOf(target).accessTokenTtlSeconds = 3600;
      await faultsOf(target).setUnreachable(false);
      const state = await app.offline.reconnectNow();
      expect(state).toMatchObject({ status: 'signed_in', connectivity: 'online' });
      expect((await app.offline.listIntegrations()).source).toBe('server');
    });

    it('signs out only when the server says the refresh token is invalid', async () => {
      const app = await expiredWhileOffline();
      await faultsOf(target).setUnreachable(false);
      faultsOf(target).refreshFailure = { status: 400, code: 'refresh_token_not_found' };
      const state = await app.offline.reconnectNow();
      expect(state).toMatchObject({ status: 'signed_out', user: null, connectivity: 'online' });
      expect(state.notice).toBe('session_ended');
      // The signed-out user's cached list goes with the session.
      await app.offline.whenSettled();
      await expect(app.offline.listIntegrations()).rejects.toMatchObject({
        code: 'not_authenticated',
      });
      expect(await app.cache.read(user.id)).toBeNull();
    });
  },
);

describe('the canary credential', () => {
  it('appears in no return value, cache file, session file, keychain entry or log', async () => {
    expect(canaryDataDir).not.toBeNull();
    const app = await signedInOnline({ dataDir: canaryDataDir! });
    const list = await app.offline.listIntegrations();
    returned.push(list);
    expect(list.integrations.some((i) => i.name.startsWith('canary '))).toBe(true);

    const cache = await unsealedText(
      keychain,
      join(app.projectDir, CACHE_FILE_NAME),
      CACHE_PURPOSE,
    );
    const session = await unsealedText(
      keychain,
      join(app.projectDir, SESSION_FILE_NAME),
      SESSION_PURPOSE,
    );
    expect(cache).toContain('canary ');
    expect(session).toContain(user.id);
    const keychainEntry = await keychain.getPassword(KEYCHAIN_SERVICE, SESSION_KEY_ACCOUNT);
    const logs = everyCore.map((c) => c.logs.text()).join('\n');

    for (const [where, text] of Object.entries({
      returned: JSON.stringify(returned),
      cache: cache!,
      session: session!,
      keychain: keychainEntry ?? '',
      logs,
    })) {
      expect(leakedFragments(text, canaryFragments), where).toEqual([]);
    }
  });
});
