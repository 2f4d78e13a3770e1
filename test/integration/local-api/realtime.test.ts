/**
 * The local Realtime endpoint through the real supabase-js: live-sync broadcasts of the real
 * database reach the owner's other client and nobody else, stop with an expired token until it is
 * refreshed, come back after a dropped socket, and keep their order in a burst. Local stack only
 * (the fault switches and token lifetimes are the stand-in's).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LiveChannel } from '../../support/live-channel.ts';
import { liveTopic, subscribeLive } from '../../support/live-channel.ts';
import type { TestClient } from '../../support/supabase-clients.ts';
import { signedInClient } from '../../support/supabase-clients.ts';
import type { SupabaseTarget } from '../../support/supabase-target.ts';
import {
  faultsOf,
  NEEDS_LOCAL_STACK,
  remoteTargetConfigured,
  startSupabaseTarget,
} from '../../support/supabase-target.ts';
import type { TestUser } from '../../support/supabase-users.ts';
import { createTestUser, deleteTestUsers } from '../../support/supabase-users.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function createIntegration(client: TestClient, name: string): Promise<string> {
  const { data, error } = await client.rpc('create_integration_with_vault', {
    p_name: name,
    p_type: 'openai',
    p_credentials: `sk-canary-${randomBytes(24).toString('hex')}`,
  });
  if (error) throw new Error(`create failed: ${error.message}`);
  return data as string;
}

async function rename(client: TestClient, id: string, name: string): Promise<void> {
  const { error } = await client.rpc('update_integration', { p_integration_id: id, p_name: name });
  if (error) throw new Error(`rename failed: ${error.message}`);
}

describe.skipIf(remoteTargetConfigured())(`local Realtime [${NEEDS_LOCAL_STACK}]`, () => {
  let target: SupabaseTarget;
  let alice: TestUser;
  let bob: TestUser;
  const clients: TestClient[] = [];

  async function clientOf(user: TestUser): Promise<TestClient> {
    const client = await signedInClient(target, user);
    clients.push(client);
    return client;
  }

  async function subscribed(client: TestClient, topic: string, isPrivate = true) {
    const live = subscribeLive(client, topic, { private: isPrivate });
    expect(await live.waitForStatus(['SUBSCRIBED', 'CHANNEL_ERROR', 'CLOSED'])).toBe('SUBSCRIBED');
    return live;
  }

  beforeAll(async () => {
    target = await startSupabaseTarget();
    [alice, bob] = [await createTestUser(target), await createTestUser(target)];
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) await client.removeAllChannels();
    await faultsOf(target).restore();
  });

  afterAll(async () => {
    await deleteTestUsers(target, [alice, bob]);
    await target.stop();
  });

  it("delivers A's change to A's other client, never to B (private or public join)", async () => {
    const writer = await clientOf(alice);
    const aliceLive = await subscribed(await clientOf(alice), liveTopic(alice.id));
    const bobClient = await clientOf(bob);
    const bobOwn = await subscribed(bobClient, liveTopic(bob.id));
    const bobPublic = await subscribed(await clientOf(bob), liveTopic(alice.id), false);
    const bobPrivate = subscribeLive(await clientOf(bob), liveTopic(alice.id));
    expect(await bobPrivate.waitForStatus(['SUBSCRIBED', 'CHANNEL_ERROR'])).toBe('CHANNEL_ERROR');

    const id = await createIntegration(writer, 'Live A');
    const [change] = await aliceLive.waitForCount(1);
    expect(change).toMatchObject({
      event: 'integration_changed',
      payload: { operation: 'INSERT', integration_id: id, record: { id, name: 'Live A' } },
    });
    expect(JSON.stringify(change)).not.toMatch(/secret_id|user_id|sk-canary/);
    await aliceLive.waitForCount(2); // the audit event
    await sleep(300);
    for (const other of [bobOwn, bobPublic, bobPrivate]) expect(other.received).toEqual([]);
  });

  it('refuses joins with the fault switch, and realtime-js retries until it is off', async () => {
    faultsOf(target).realtimeRefuseJoins = true;
    const live = subscribeLive(await clientOf(alice), liveTopic(alice.id));
    expect(await live.waitForStatus(['SUBSCRIBED', 'CHANNEL_ERROR'])).toBe('CHANNEL_ERROR');
    faultsOf(target).realtimeRefuseJoins = false;
    expect(await live.waitForStatus(['SUBSCRIBED'], 0, 20_000)).toBe('SUBSCRIBED');
  });

  it('an expired token closes the channel; delivery resumes once refreshed and joined again', async () => {
    const faults = faultsOf(target);
    const writer = await clientOf(alice);
    // Every token is short-lived until the channel closed: supabase-js refreshes a token close to
    // expiry when Realtime asks for one (on join), and that one must expire as well.
    faults.accessTokenTtlSeconds = 2;
    const reader = await clientOf(alice);
    const first = await subscribed(reader, liveTopic(alice.id));
    expect(await first.waitForStatus(['CLOSED'], 0, 10_000)).toBe('CLOSED');
    faults.accessTokenTtlSeconds = 3600;
    expect(first.systemMessages[0]).toMatchObject({ status: 'error' });
    expect(String(first.systemMessages[0]?.message)).toMatch(/expired/i);

    const id = await createIntegration(writer, 'While expired');
    await sleep(300);
    expect(first.received).toEqual([]);

    const { error } = await reader.auth.refreshSession();
    expect(error).toBeNull();
    const again: LiveChannel = await subscribed(reader, liveTopic(alice.id));
    await rename(writer, id, 'After refresh');
    const [change] = await again.waitForCount(1);
    expect(change?.payload.record).toMatchObject({ id, name: 'After refresh' });
  });

  it("another user's token pushed to a joined channel shuts it down", async () => {
    const reader = await clientOf(alice);
    const live = await subscribed(reader, liveTopic(alice.id));
    const bobSession = (await (await clientOf(bob)).auth.getSession()).data.session;
    await reader.realtime.setAuth(bobSession!.access_token);
    expect(await live.waitForStatus(['CLOSED'], 0, 5_000)).toBe('CLOSED');
    expect(String(live.systemMessages[0]?.message)).toMatch(/no longer have permission/);
  });

  it('after a dropped socket, realtime-js reconnects and rejoins, and delivery resumes', async () => {
    const writer = await clientOf(alice);
    const live = await subscribed(await clientOf(alice), liveTopic(alice.id));
    const id = await createIntegration(writer, 'Before drop');
    await live.waitForCount(2);
    faultsOf(target).dropRealtimeSockets();
    await sleep(2_500); // realtime-js reconnects after 1 s, then rejoins the errored channel
    await rename(writer, id, 'After drop');
    const all = await live.waitForCount(4);
    expect(all[2]?.payload.record).toMatchObject({ id, name: 'After drop' });
  });

  it('delivers a burst of 200 changes, all of them, in commit order', async () => {
    const writer = await clientOf(alice);
    const live = await subscribed(await clientOf(alice), liveTopic(alice.id));
    const id = await createIntegration(writer, 'Burst');
    for (let n = 0; n < 200; n++) await rename(writer, id, `Burst ${n}`);
    await live.waitForCount(2 + 400, 30_000);
    const names = live.received
      .filter((m) => m.event === 'integration_changed' && m.payload.operation === 'UPDATE')
      .map((m) => m.payload.record?.name);
    expect(names).toEqual(Array.from({ length: 200 }, (_, n) => `Burst ${n}`));
  });
});
