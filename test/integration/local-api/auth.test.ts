/**
 * GoTrue's protocol as the real supabase-js client sees it: sign-up, sign-in, refresh rotation,
 * the current user, sign-out and the admin API, with GoTrue's error codes.
 */
import {
  AuthApiError,
  AuthSessionMissingError,
  AuthWeakPasswordError,
} from '@supabase/supabase-js';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import {
  createTestClient,
  serviceRoleClient,
  signedInClient,
} from '../../support/supabase-clients.ts';
import type { SupabaseTarget } from '../../support/supabase-target.ts';
import {
  localStackOf,
  remoteTargetConfigured,
  startSupabaseTarget,
} from '../../support/supabase-target.ts';
import type { TestUser } from '../../support/supabase-users.ts';
import {
  createTestUser,
  deleteTestUsers,
  uniqueEmail,
  uniquePassword,
} from '../../support/supabase-users.ts';

const remote = remoteTargetConfigured();
let target: SupabaseTarget;
const users: TestUser[] = [];

async function user(label: string): Promise<TestUser> {
  const created = await createTestUser(target, { label });
  users.push(created);
  return created;
}

beforeAll(async () => {
  target = await startSupabaseTarget();
});

afterAll(async () => {
  await deleteTestUsers(target, users);
  await target.stop();
});

describe('sign-up', () => {
  it.skipIf(remote)(
    'with autoconfirm on returns a session with GoTrue claims [local stack only]',
    async () => {
      const stack = localStackOf(target);
      stack.authSettings.autoconfirm = true;
      onTestFinished(() => {
        stack.authSettings.autoconfirm = false;
      });
      const client = createTestClient(target);
      const email = uniqueEmail('signup');
      const { data, error } = await client.auth.signUp({
        email: email.toUpperCase(),
        password: uniquePassword(),
        options: { data: { display_name: 'Ada' } },
      });
      expect(error).toBeNull();
      users.push({ id: data.user!.id, email, password: '' });
      const session = data.session!;
      expect(session.token_type).toBe('bearer');
      expect(session.expires_in).toBe(3600);
      expect(session.expires_at).toBeGreaterThan(Date.now() / 1000 + 3500);
      expect(session.refresh_token).toMatch(/^[a-z0-9]{12}$/);
      expect(data.user).toMatchObject({
        email,
        aud: 'authenticated',
        role: 'authenticated',
        app_metadata: { provider: 'email', providers: ['email'] },
        user_metadata: { display_name: 'Ada', email, email_verified: true, sub: data.user!.id },
        is_anonymous: false,
      });
      expect(data.user!.identities?.[0]).toMatchObject({
        provider: 'email',
        user_id: data.user!.id,
      });
      const claims = decodeJwt(session.access_token);
      expect(claims).toMatchObject({
        iss: `${target.url}/auth/v1`,
        sub: data.user!.id,
        aud: 'authenticated',
        role: 'authenticated',
        email,
        aal: 'aal1',
        is_anonymous: false,
        user_metadata: { display_name: 'Ada' },
      });
      expect(claims.session_id).toMatch(/^[0-9a-f-]{36}$/);
      expect(claims.amr).toEqual([{ method: 'password', timestamp: expect.any(Number) as number }]);
      expect(claims.exp! - claims.iat!).toBe(3600);
    },
  );

  it.skipIf(remote)(
    'by default (confirmation on) returns the user without a session [local stack only]',
    async () => {
      const client = createTestClient(target);
      const email = uniqueEmail('unconfirmed');
      const password = uniquePassword();
      const { data, error } = await client.auth.signUp({ email, password });
      expect(error).toBeNull();
      users.push({ id: data.user!.id, email, password });
      expect(data.session).toBeNull();
      expect(data.user!.email_confirmed_at).toBeUndefined();
      const signIn = await client.auth.signInWithPassword({ email, password });
      expect(signIn.error).toBeInstanceOf(AuthApiError);
      expect(signIn.error).toMatchObject({ code: 'email_not_confirmed', status: 400 });
    },
  );

  it('refuses a weak password, a bad address and a taken address', async () => {
    const client = createTestClient(target);
    const weak = await client.auth.signUp({ email: uniqueEmail('weak'), password: '12345' });
    expect(weak.error).toBeInstanceOf(AuthWeakPasswordError);
    expect(weak.error).toMatchObject({ code: 'weak_password', status: 422 });

    const bad = await client.auth.signUp({ email: 'not-an-address', password: uniquePassword() });
    expect(bad.error).toMatchObject({ code: 'validation_failed', status: 400 });
    expect(bad.error?.message).toBe('Unable to validate email address: invalid format');

    const existing = await user('taken');
    const taken = await client.auth.signUp({ email: existing.email, password: uniquePassword() });
    // With confirmation on (hosted default) a taken address answers a look-alike user.
    expect(taken.error).toBeNull();
    expect(taken.data.session).toBeNull();
  });
});

describe('password sign-in', () => {
  it('returns a session for the right password', async () => {
    const account = await user('signin');
    const client = createTestClient(target);
    const { data, error } = await client.auth.signInWithPassword({
      email: account.email,
      password: account.password,
    });
    expect(error).toBeNull();
    expect(data.user?.id).toBe(account.id);
    expect(data.session?.access_token).toBeTruthy();
    expect(data.user?.last_sign_in_at).toBeTruthy();
  });

  it('refuses a wrong password or an unknown address as invalid_credentials', async () => {
    const account = await user('wrong');
    const client = createTestClient(target);
    for (const attempt of [
      { email: account.email, password: 'wrong-password' },
      { email: uniqueEmail('nobody'), password: account.password },
    ]) {
      const { data, error } = await client.auth.signInWithPassword(attempt);
      expect(data.session).toBeNull();
      expect(error).toBeInstanceOf(AuthApiError);
      expect(error).toMatchObject({
        code: 'invalid_credentials',
        status: 400,
        message: 'Invalid login credentials',
      });
    }
  });
});

describe('refresh tokens', () => {
  it('rotate: each refresh spends the token and issues a new one', async () => {
    const client = await signedInClient(target, await user('rotate'));
    const first = (await client.auth.getSession()).data.session!;
    const { data, error } = await client.auth.refreshSession();
    expect(error).toBeNull();
    expect(data.session!.refresh_token).not.toBe(first.refresh_token);
    expect(decodeJwt(data.session!.access_token).session_id).toBe(
      decodeJwt(first.access_token).session_id,
    );
  });

  it('give the current token again for its parent, and refuse older reuse', async () => {
    const stack = target.local;
    if (stack) stack.authSettings.refreshTokenReuseIntervalSeconds = 0;
    try {
      const client = await signedInClient(target, await user('reuse'));
      const r0 = (await client.auth.getSession()).data.session!.refresh_token;
      const r1 = (await client.auth.refreshSession({ refresh_token: r0 })).data.session!;
      // A client that lost the response re-presents r0: GoTrue answers with r1 again.
      const again = await client.auth.refreshSession({ refresh_token: r0 });
      expect(again.error).toBeNull();
      expect(again.data.session!.refresh_token).toBe(r1.refresh_token);

      const r2 = (await client.auth.refreshSession({ refresh_token: r1.refresh_token })).data
        .session!;
      if (!stack) await new Promise((resolve) => setTimeout(resolve, 11_000));
      const reused = await client.auth.refreshSession({ refresh_token: r0 });
      expect(reused.error).toBeInstanceOf(AuthApiError);
      expect(reused.error).toMatchObject({ code: 'refresh_token_already_used', status: 400 });
      // Reuse detection revoked the whole family, the newest token included.
      const newest = await client.auth.refreshSession({ refresh_token: r2.refresh_token });
      expect(newest.error).toMatchObject({ code: 'refresh_token_already_used' });
    } finally {
      if (stack) stack.authSettings.refreshTokenReuseIntervalSeconds = 10;
    }
  });

  it('refuses an unknown token with refresh_token_not_found', async () => {
    const client = createTestClient(target);
    const { error } = await client.auth.refreshSession({ refresh_token: 'abcdefghijkl' });
    expect(error).toBeInstanceOf(AuthApiError);
    expect(error).toMatchObject({ code: 'refresh_token_not_found', status: 400 });
  });
});

describe('current user and sign-out', () => {
  it('getUser returns the signed-in user', async () => {
    const account = await user('me');
    const client = await signedInClient(target, account);
    const { data, error } = await client.auth.getUser();
    expect(error).toBeNull();
    expect(data.user).toMatchObject({ id: account.id, email: account.email });
  });

  it('local sign-out revokes only that session', async () => {
    const account = await user('local-out');
    const phone = await signedInClient(target, account);
    const laptop = await signedInClient(target, account);
    const laptopSession = (await laptop.auth.getSession()).data.session!;
    const phoneSession = (await phone.auth.getSession()).data.session!;

    expect((await laptop.auth.signOut({ scope: 'local' })).error).toBeNull();
    expect((await laptop.auth.getSession()).data.session).toBeNull();
    const stale = await laptop.auth.refreshSession({ refresh_token: laptopSession.refresh_token });
    expect(stale.error).toMatchObject({ code: 'refresh_token_not_found' });
    const gone = await createTestClient(target).auth.getUser(laptopSession.access_token);
    expect(gone.error).toBeInstanceOf(AuthSessionMissingError);

    expect((await phone.auth.getUser()).data.user?.id).toBe(account.id);
    expect((await phone.auth.refreshSession()).error).toBeNull();
    expect(phoneSession.refresh_token).toBeTruthy();
  });

  it('sign-out of the others keeps only the current session', async () => {
    const account = await user('others-out');
    const current = await signedInClient(target, account);
    const other = await signedInClient(target, account);
    const otherSession = (await other.auth.getSession()).data.session!;
    expect((await current.auth.signOut({ scope: 'others' })).error).toBeNull();
    expect((await current.auth.getUser()).data.user?.id).toBe(account.id);
    const refused = await other.auth.refreshSession({ refresh_token: otherSession.refresh_token });
    expect(refused.error).toMatchObject({ code: 'refresh_token_not_found' });
  });

  it('global sign-out revokes every session of the user', async () => {
    const account = await user('global-out');
    const one = await signedInClient(target, account);
    const two = await signedInClient(target, account);
    const twoSession = (await two.auth.getSession()).data.session!;
    expect((await one.auth.signOut()).error).toBeNull();
    const refused = await two.auth.refreshSession({ refresh_token: twoSession.refresh_token });
    expect(refused.error).toMatchObject({ code: 'refresh_token_not_found' });
  });

  it('/user without a token is no_authorization, with a bad one bad_jwt', async () => {
    const url = `${target.url}/auth/v1/user`;
    // The legacy anon key: with a publishable key the gateway puts an anon role JWT in
    // Authorization, so GoTrue never sees a request without a token.
    const headers = { apikey: target.anonKey, 'X-Supabase-Api-Version': '2024-01-01' };
    const none = await fetch(url, { headers });
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ code: 'no_authorization' });
    const bad = await fetch(url, { headers: { ...headers, authorization: 'Bearer a.b.c' } });
    expect(bad.status).toBe(403);
    expect(bad.headers.get('x-sb-error-code')).toBe('bad_jwt');
  });
});

describe('error format negotiation (X-Supabase-Api-Version)', () => {
  const body = JSON.stringify({ email: 'nobody@example.com', password: 'whatever1' });

  it('answers {code, message} and echoes the version when asked for 2024-01-01', async () => {
    const response = await fetch(`${target.url}/auth/v1/token?grant_type=password`, {
      method: 'POST',
      headers: {
        apikey: target.publishableKey,
        'content-type': 'application/json',
        'X-Supabase-Api-Version': '2024-01-01',
      },
      body,
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-supabase-api-version')).toBe('2024-01-01');
    expect(response.headers.get('x-sb-error-code')).toBe('invalid_credentials');
    expect(await response.json()).toEqual({
      code: 'invalid_credentials',
      message: 'Invalid login credentials',
    });
  });

  it('answers the older {code: status, error_code, msg} without the header', async () => {
    const response = await fetch(`${target.url}/auth/v1/token?grant_type=password`, {
      method: 'POST',
      headers: { apikey: target.publishableKey, 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-supabase-api-version')).toBeNull();
    expect(response.headers.get('x-sb-error-code')).toBe('invalid_credentials');
    expect(await response.json()).toMatchObject({
      code: 400,
      error_code: 'invalid_credentials',
      msg: 'Invalid login credentials',
    });
  });
});

describe('admin API and the gateway', () => {
  it('creates and deletes users with the service_role key only', async () => {
    const admin = serviceRoleClient(target);
    const email = uniqueEmail('admin');
    const created = await admin.auth.admin.createUser({
      email,
      password: uniquePassword(),
      email_confirm: true,
    });
    expect(created.error).toBeNull();
    expect(created.data.user?.email_confirmed_at).toBeTruthy();
    const duplicate = await admin.auth.admin.createUser({ email, password: uniquePassword() });
    expect(duplicate.error).toMatchObject({ code: 'email_exists', status: 422 });

    const asAnon = await createTestClient(target).auth.admin.deleteUser(created.data.user!.id);
    expect(asAnon.error).toMatchObject({ code: 'not_admin', status: 403 });

    expect((await admin.auth.admin.deleteUser(created.data.user!.id)).error).toBeNull();
    const again = await admin.auth.admin.deleteUser(created.data.user!.id);
    expect(again.error).toMatchObject({ code: 'user_not_found', status: 404 });
  });

  it('refuses /auth/v1 calls without a valid apikey', async () => {
    const missing = await fetch(`${target.url}/auth/v1/settings`);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ message: 'No API key found in request' });
    const invalid = await fetch(`${target.url}/auth/v1/settings`, {
      headers: { apikey: 'not-a-key' },
    });
    expect(invalid.status).toBe(401);
    expect(await invalid.json()).toMatchObject({ message: 'Invalid API key' });
  });
});
