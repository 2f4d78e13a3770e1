/**
 * The fault switches, seen through the real supabase-js client: what the app will meet when the
 * network or the project is in trouble. Local stack only (a real project has no switches).
 */
import { AuthApiError, AuthRetryableFetchError } from '@supabase/supabase-js';
import type { AuthChangeEvent } from '@supabase/supabase-js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../support/supabase-clients.ts';
import { createTestClient, signedInClient } from '../../support/supabase-clients.ts';
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

describe.skipIf(remoteTargetConfigured())(`fault switches [${NEEDS_LOCAL_STACK}]`, () => {
  let target: SupabaseTarget;
  let account: TestUser;

  beforeAll(async () => {
    target = await startSupabaseTarget();
    account = await createTestUser(target, { label: 'faults' });
  });

  afterEach(async () => {
    await faultsOf(target).restore();
  });

  afterAll(async () => {
    await faultsOf(target).restore();
    await deleteTestUsers(target, [account]);
    await target.stop();
  });

  /** A call that reaches the database: the owner's credentials of an unknown id (P0002). */
  const probe = (client: TestClient) =>
    client.rpc('update_integration_status', {
      p_integration_id: '00000000-0000-4000-8000-000000000000',
      p_status: 'connected',
    });

  it('unreachable: calls fail at connect (status 0, retryable), then work on the same port', async () => {
    const client = await signedInClient(target, account);
    const url = target.url;
    await faultsOf(target).setUnreachable(true);

    const rest = await probe(client);
    expect(rest.status).toBe(0);
    expect(rest.error?.message).toMatch(/^TypeError: fetch failed/);
    const user = await client.auth.getUser();
    expect(user.error).toBeInstanceOf(AuthRetryableFetchError);
    expect(user.error?.status).toBe(0);
    expect((await client.auth.getSession()).data.session).not.toBeNull();

    await faultsOf(target).setUnreachable(false);
    expect(target.url).toBe(url);
    expect((await probe(client)).error?.code).toBe('P0002');
    expect((await client.auth.getUser()).data.user?.id).toBe(account.id);
  });

  it('status503: every route answers 503, which auth-js treats as retryable', async () => {
    const client = await signedInClient(target, account);
    faultsOf(target).status503 = true;

    const rest = await probe(client);
    expect(rest.status).toBe(503);
    const signIn = await createTestClient(target).auth.signInWithPassword({
      email: account.email,
      password: account.password,
    });
    expect(signIn.error).toBeInstanceOf(AuthRetryableFetchError);
    expect(signIn.error?.status).toBe(503);

    // auth-js retries a refresh that met a 503; it succeeds once the project is back.
    const refreshing = client.auth.refreshSession();
    await sleep(500);
    faultsOf(target).status503 = false;
    const refreshed = await refreshing;
    expect(refreshed.error).toBeNull();
    expect(refreshed.data.session?.access_token).toBeTruthy();
  });

  it('slow: delays every response, so client-side timeouts can be tested', async () => {
    const client = await signedInClient(target, account);
    faultsOf(target).slowMs = 400;
    const started = Date.now();
    expect((await probe(client)).error?.code).toBe('P0002');
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);

    const timedOut = await probe(client).abortSignal(AbortSignal.timeout(100));
    expect(timedOut.status).toBe(0);
    expect(timedOut.error?.message).toMatch(/^(TimeoutError|AbortError)/);
  });

  it('accessTokenTtlSeconds: short-lived access tokens that GoTrue then refuses', async () => {
    faultsOf(target).accessTokenTtlSeconds = 1;
    const client = await signedInClient(target, account);
    const session = (await client.auth.getSession()).data.session!;
    expect(session.expires_in).toBe(1);
    expect(session.expires_at! - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(1);

    await sleep(1500);
    const stale = await createTestClient(target).auth.getUser(session.access_token);
    expect(stale.error).toBeInstanceOf(AuthApiError);
    expect(stale.error).toMatchObject({ code: 'bad_jwt', status: 403 });

    // getSession() refreshes an expired session on demand.
    faultsOf(target).accessTokenTtlSeconds = 3600;
    const renewed = (await client.auth.getSession()).data.session!;
    expect(renewed.access_token).not.toBe(session.access_token);
    expect(renewed.expires_in).toBe(3600);
  });

  /** A client whose access token has expired, so its next session read must refresh. */
  async function expiredSessionClient() {
    faultsOf(target).accessTokenTtlSeconds = 1;
    const client = await signedInClient(target, account);
    faultsOf(target).accessTokenTtlSeconds = 3600;
    await sleep(1500);
    return client;
  }

  /** Subscribes after the fault is set: the subscription's first session read refreshes. */
  function recordEvents(client: TestClient): AuthChangeEvent[] {
    const events: AuthChangeEvent[] = [];
    client.auth.onAuthStateChange((event) => {
      events.push(event);
    });
    return events;
  }

  it('refreshFailure 400: auth-js drops an expired session and emits SIGNED_OUT', async () => {
    const client = await expiredSessionClient();
    faultsOf(target).refreshFailure = { status: 400 };
    const events = recordEvents(client);
    const { data, error } = await client.auth.getSession();
    expect(data.session).toBeNull();
    expect(error).toMatchObject({ code: 'refresh_token_not_found', status: 400 });
    expect(events).toContain('SIGNED_OUT');
  });

  it('refreshFailure 500: auth-js 2.119 retries a 5xx refresh and keeps the session', async () => {
    const client = await expiredSessionClient();
    faultsOf(target).refreshFailure = { status: 500 };
    const events = recordEvents(client);
    const pending = client.auth.getSession();
    await sleep(700);
    faultsOf(target).refreshFailure = null;
    const { data, error } = await pending;
    expect(error).toBeNull();
    expect(data.session?.expires_in).toBe(3600);
    expect(events).not.toContain('SIGNED_OUT');
    expect(events).toContain('TOKEN_REFRESHED');
  });
});
