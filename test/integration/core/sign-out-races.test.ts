/**
 * A sign-out (or another user's sign-in) while the list is loading: the real core against the
 * test target. The signed-out user's list must neither come back on disk (the sealed cache) nor
 * reach the listeners (the renderer) after the empty list the sign-out pushed.
 */
import { existsSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { IntegrationList } from '../../../electron/main/offline/offline-controller.ts';
import type { ParsedCreateIntegrationInput } from '../../../shared/integration.ts';
import { canaryCredentials } from '../../support/core-canaries.ts';
import type { Core, TestKeychain } from '../../support/core-harness.ts';
import { startCore, testKeychain } from '../../support/core-harness.ts';
import type { FetchLike } from '../../../electron/main/session/observed-fetch.ts';
import type { SupabaseTarget } from '../../support/supabase-target.ts';
import { startSupabaseTarget } from '../../support/supabase-target.ts';
import type { TestUser } from '../../support/supabase-users.ts';
import { createTestUser, deleteTestUsers } from '../../support/supabase-users.ts';

let target: SupabaseTarget;
let keychain: TestKeychain;
let first: TestUser;
let second: TestUser;
const cores: Core[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const openAi = (name: string): ParsedCreateIntegrationInput => ({
  type: 'openai',
  name,
  credentials: canaryCredentials('openai'),
  config: {},
  verify: false,
});

/** A fetch that holds back the answer to the integration list while `slow.listMs` is set. */
function slowListFetch(): { fetch: FetchLike; slow: { listMs: number } } {
  const slow = { listMs: 0 };
  return {
    slow,
    fetch: async (input, init) => {
      const url = input instanceof Request ? input.url : input.toString();
      const response = await fetch(input, init);
      if (slow.listMs > 0 && new URL(url).pathname === '/rest/v1/integrations') {
        await sleep(slow.listMs);
      }
      return response;
    },
  };
}

/** A core signed in as `user`, online, with one integration, recording every list it pushes. */
async function signedInCore(user: TestUser, fetch?: FetchLike) {
  const core = await startCore({ target, keychain, ...(fetch ? { fetch } : {}) });
  cores.push(core);
  const pushed: IntegrationList[] = [];
  core.offline.onIntegrationsChanged((list) => pushed.push(list));
  await core.offline.start();
  await core.session.signIn({ email: user.email, password: user.password });
  const integration = await core.vault.create(openAi(`Race ${Date.now()}`));
  await core.offline.listIntegrations();
  expect(await core.cache.read(user.id)).not.toBeNull();
  return { core, pushed, integration };
}

/** Makes the real cache's writes take `ms` longer, to hold a sign-out inside the write. */
function slowCacheWrites(core: Core, ms: number): void {
  const write = core.cache.write.bind(core.cache);
  core.cache.write = async (...args) => {
    await sleep(ms);
    return write(...args);
  };
}

beforeAll(async () => {
  target = await startSupabaseTarget();
  keychain = await testKeychain();
  first = await createTestUser(target, { label: 'race-first' });
  second = await createTestUser(target, { label: 'race-second' });
});

afterEach(async () => {
  for (const core of cores.splice(0)) await core.dispose();
});

afterAll(async () => {
  await deleteTestUsers(target, [first, second].filter(Boolean));
  await target?.stop();
});

describe('a sign-out while the list loads', () => {
  it('drops a list the server answers after the sign-out', async () => {
    const network = slowListFetch();
    const { core, pushed } = await signedInCore(first, network.fetch);
    network.slow.listMs = 400;
    const loading = core.offline.listIntegrations();
    await sleep(100); // the list request is out
    await core.session.signOut();
    const afterSignOut = pushed.length;
    await expect(loading).rejects.toMatchObject({ code: 'not_authenticated' });
    await sleep(100);
    expect(pushed.slice(afterSignOut - 1)).toEqual([
      { integrations: [], source: 'cache', syncedAt: null },
    ]);
    expect(await core.cache.read(first.id)).toBeNull();
    expect(existsSync(core.cache.path!)).toBe(false);
  });

  it('does not put the list back on disk or on screen when the sign-out lands during the cache write', async () => {
    const { core, pushed } = await signedInCore(first);
    slowCacheWrites(core, 300);
    const loading = core.offline.listIntegrations();
    await sleep(150); // the server has answered; the sealed file is being written
    await core.session.signOut();
    const afterSignOut = pushed.length;
    await expect(loading).rejects.toMatchObject({ code: 'not_authenticated' });
    await sleep(400);
    // The sign-out's empty list is the last one the renderer got.
    expect(pushed.slice(afterSignOut - 1)).toEqual([
      { integrations: [], source: 'cache', syncedAt: null },
    ]);
    // The clear ran after the write it raced with: the file is gone, not re-created.
    expect(await core.cache.read(first.id)).toBeNull();
    expect(existsSync(core.cache.path!)).toBe(false);
    expect(core.session.getState()).toMatchObject({ status: 'signed_out', lastSyncedAt: null });
  });

  it('never shows or keeps the previous user’s list when another user signs in meanwhile', async () => {
    const { core, pushed, integration } = await signedInCore(first);
    slowCacheWrites(core, 300);
    const loading = core.offline.listIntegrations();
    // Handled from the start: on a busy machine it rejects while the second sign-in still runs,
    // and a rejection with no handler yet is reported as unhandled and fails the whole run.
    const refused = expect(loading).rejects.toMatchObject({ code: 'not_authenticated' });
    await sleep(150);
    await core.session.signOut();
    const afterSignOut = pushed.length;
    await core.session.signIn({ email: second.email, password: second.password });
    await refused;
    // The second user's own list arrives (empty: they stored nothing) and is cached for them.
    await vi.waitFor(async () => expect(await core.cache.read(second.id)).not.toBeNull(), {
      timeout: 5_000,
    });
    await sleep(100);
    const later = pushed.slice(afterSignOut);
    expect(later.length).toBeGreaterThan(0);
    for (const list of later) {
      expect(list.integrations.map((i) => i.id)).not.toContain(integration.id);
    }
    expect(await core.cache.read(first.id)).toBeNull();
    expect((await core.cache.read(second.id))?.integrations).toEqual([]);
  });
});
