/**
 * Live sync between two app cores signed in to one account (two data folders, as two devices):
 * what one writes reaches the other's list and sealed cache without a reload, another account's
 * core sees none of it, and a dropped Realtime socket or refused joins fall back to a reload and
 * come back. Real supabase-js, the local API's Realtime endpoint and real Postgres.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FailureNotice } from '../../../electron/main/sync/failure-notifier.ts';
import { nativeWords } from '../../../shared/i18n/native-words.ts';
import { canaryCredentials } from '../../support/core-canaries.ts';
import type { Core, TestKeychain } from '../../support/core-harness.ts';
import { testKeychain } from '../../support/core-harness.ts';
import type { LiveCore } from '../../support/live-core.ts';
import { startLiveCore } from '../../support/live-core.ts';
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
let alice: TestUser;
let bob: TestUser;
const cores: Core[] = [];

async function liveCore(
  user: TestUser,
  notices: FailureNotice[] = [],
): Promise<{ core: Core; live: LiveCore }> {
  const { core, live } = await startLiveCore({
    target,
    keychain,
    backoffMs: 200,
    notifications: {
      show: (notice) => notices.push(notice),
      enabled: () => Promise.resolve(true),
      words: () => Promise.resolve(nativeWords.es),
    },
  });
  cores.push(core);
  await core.session.signIn({ email: user.email, password: user.password });
  await core.start();
  await live.waitForJoin();
  return { core, live };
}

const named = (name: string) => (list: { integrations: { name: string }[] }) =>
  list.integrations.some((integration) => integration.name === name);

beforeAll(async () => {
  target = await startSupabaseTarget();
  keychain = await testKeychain();
  alice = await createTestUser(target, { label: 'live-alice' });
  bob = await createTestUser(target, { label: 'live-bob' });
});

afterAll(async () => {
  for (const core of cores) await core.dispose();
  await deleteTestUsers(target, [alice, bob].filter(Boolean));
  await target?.stop();
});

describe.skipIf(remoteTargetConfigured())(
  `live sync between two devices [${NEEDS_LOCAL_STACK}]`,
  () => {
    it("follows the other device's create, rename, status and delete; another account sees nothing", async () => {
      const secondNotices: FailureNotice[] = [];
      const first = await liveCore(alice);
      const second = await liveCore(alice, secondNotices);
      const stranger = await liveCore(bob);
      const name = `Live ${Date.now()}`;

      const created = await first.core.vault.create({
        type: 'openai',
        name,
        credentials: canaryCredentials('openai'),
        config: {},
        verify: false,
      });
      await second.live.waitForList(named(name));
      const cached = await second.core.cache.read(alice.id);
      expect(cached?.integrations.map((i) => i.id)).toContain(created.id);

      await first.core.vault.update({ id: created.id, name: `${name} renamed` });
      await second.live.waitForList(named(`${name} renamed`));
      await first.core.vault.setStatus(created.id, 'error', 'key_rejected');
      const failed = await second.live.waitForList((list) =>
        list.integrations.some((i) => i.id === created.id && i.status === 'error'),
      );
      expect(failed.list.integrations.find((i) => i.id === created.id)?.errorCode).toBe(
        'key_rejected',
      );
      expect(
        second.live.changes.some((c) => c.kind === 'upsert' && c.integration.status === 'error'),
      ).toBe(true);
      // A verdict written elsewhere (as the platform writes it) is a notice on the second device.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(secondNotices).toEqual([
        {
          integrationId: created.id,
          title: `«${name} renamed» dejó de funcionar`,
          body: 'La clave fue rechazada.',
        },
      ]);

      const beforeDelete = second.live.pushed.length;
      await first.core.vault.delete(created.id);
      await second.live.waitForList((list) => !list.integrations.some((i) => i.id === created.id), {
        from: beforeDelete,
      });
      expect((await second.core.cache.read(alice.id))?.integrations.map((i) => i.id)).not.toContain(
        created.id,
      );
      expect(stranger.live.changes).toEqual([]);
      expect(JSON.stringify(stranger.live.pushed)).not.toContain(name);
    });

    it('after a dropped socket or refused joins it reloads, joins again and is live again', async () => {
      const first = await liveCore(alice);
      const second = await liveCore(alice);
      const faults = faultsOf(target);
      const joinsBefore = second.core.logs.records.filter(
        (r) => r.message === 'Live sync joined',
      ).length;

      faults.realtimeRefuseJoins = true;
      faults.dropRealtimeSockets();
      // Written while the second device has no channel: the fallback reload brings it.
      const missed = `Missed ${Date.now()}`;
      await first.core.vault.create({
        type: 'openai',
        name: missed,
        credentials: canaryCredentials('openai'),
        config: {},
        verify: false,
      });
      await second.live.waitForList(named(missed), { timeoutMs: 15_000 });
      faults.realtimeRefuseJoins = false;
      await second.live.waitForJoin(joinsBefore + 1, 20_000);

      const later = `Later ${Date.now()}`;
      const from = second.live.pushed.length;
      await first.core.vault.create({
        type: 'openai',
        name: later,
        credentials: canaryCredentials('openai'),
        config: {},
        verify: false,
      });
      await second.live.waitForList(named(later), { from });
      expect(
        second.live.changes.some((c) => c.kind === 'upsert' && c.integration.name === later),
      ).toBe(true);
    });
  },
);
