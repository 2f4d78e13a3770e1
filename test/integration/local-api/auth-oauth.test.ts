/**
 * Sign-in with GitHub or Google against the local Auth stand-in, through real supabase-js:
 * signInWithOAuth (PKCE, skipBrowserRedirect) → the local identity provider's consent page →
 * `/auth/v1/callback` → `redirect_to?code=` → exchangeCodeForSession; a denial, a bad or reused
 * state, the providers `/settings` reports, and the identity linked to an account that already
 * uses the address (supabase/auth models.DetermineAccountLinking).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../../supabase/local/stack.ts';
import { runOAuthInBrowser, replayCallback } from '../../support/oauth-browser.ts';
import type { TestClient } from '../../support/supabase-clients.ts';
import { createTestClient, serviceRoleClient } from '../../support/supabase-clients.ts';
import type { SupabaseTarget } from '../../support/supabase-target.ts';
import {
  localStackOf,
  NEEDS_LOCAL_STACK,
  remoteTargetConfigured,
  startSupabaseTarget,
} from '../../support/supabase-target.ts';
import { settingSwitch } from '../../support/local-auth-settings.ts';
import type { TestUser } from '../../support/supabase-users.ts';
import { createTestUser, deleteTestUsers, uniqueEmail } from '../../support/supabase-users.ts';

const CALLBACK = 'aterges://auth/callback';
let target: SupabaseTarget;
let stack: LocalStack;
const users: TestUser[] = [];

beforeAll(async () => {
  target = await startSupabaseTarget();
  if (target.local) stack = localStackOf(target);
});

afterAll(async () => {
  await deleteTestUsers(target, users);
  await target.stop();
});

const withSetting = settingSwitch(() => stack);

function pkceClient(): TestClient {
  return createTestClient(target, { flowType: 'pkce' });
}

/** The provider's fake account for this test: a unique address. */
function asIdentity(provider: 'github' | 'google', email = uniqueEmail(`oauth-${provider}`)) {
  const name = `Test ${randomBytes(3).toString('hex')}`;
  withSetting('externalIdentities', {
    ...stack.authSettings.externalIdentities,
    [provider]: { email, name, emailVerified: true },
  });
  return { email, name };
}

async function authorizeUrl(
  client: TestClient,
  provider: 'github' | 'google',
  redirectTo = CALLBACK,
): Promise<string> {
  const { data, error } = await client.auth.signInWithOAuth({
    provider,
    options: { redirectTo, skipBrowserRedirect: true },
  });
  expect(error).toBeNull();
  return data.url!;
}

function remember(user: { id: string; email?: string | undefined }) {
  users.push({ id: user.id, email: user.email ?? '', password: '' });
}

describe.skipIf(remoteTargetConfigured())(`OAuth sign-in [${NEEDS_LOCAL_STACK}]`, () => {
  it('/settings reports the enabled providers, and only those', async () => {
    const read = async () => {
      const response = await fetch(`${target.url}/auth/v1/settings`, {
        headers: { apikey: target.anonKey },
      });
      return ((await response.json()) as { external: Record<string, boolean> }).external;
    };
    expect(await read()).toMatchObject({ email: true, github: true, google: true, apple: false });
    withSetting('externalProviders', ['google']);
    expect(await read()).toMatchObject({ github: false, google: true });
  });

  it.each(['github', 'google'] as const)(
    '%s: consent → callback → code → exchangeCodeForSession; the code works once',
    async (provider) => {
      const { email, name } = asIdentity(provider);
      const client = pkceClient();
      const url = new URL(await authorizeUrl(client, provider));
      expect(`${url.origin}${url.pathname}`).toBe(`${target.url}/auth/v1/authorize`);
      expect(url.searchParams.get('code_challenge_method')).toBe('s256');

      const { landing, consentHtml } = await runOAuthInBrowser(url.toString(), 'allow');
      expect(consentHtml).toContain(email);
      expect(consentHtml).toContain(name);
      expect(`${landing.protocol}//${landing.host}${landing.pathname}`).toBe(CALLBACK);
      expect([...landing.searchParams.keys()]).toEqual(['code']);
      expect(landing.hash).toBe('');
      const code = landing.searchParams.get('code')!;

      const { data, error } = await client.auth.exchangeCodeForSession(code);
      expect(error).toBeNull();
      remember(data.user!);
      expect(data.user).toMatchObject({
        email,
        app_metadata: { provider, providers: [provider] },
        user_metadata: { full_name: name, email_verified: true },
      });
      expect(data.user!.email_confirmed_at).toEqual(expect.any(String));
      expect(data.user!.identities?.map((identity) => identity.provider)).toEqual([provider]);

      const again = await pkceClient().auth.exchangeCodeForSession(code);
      expect(again.error).not.toBeNull();
    },
  );

  it('signing in again finds the same account', async () => {
    asIdentity('github');
    const first = pkceClient();
    const one = await runOAuthInBrowser(await authorizeUrl(first, 'github'), 'allow');
    const a = await first.auth.exchangeCodeForSession(one.landing.searchParams.get('code')!);
    remember(a.data.user!);
    const second = pkceClient();
    const two = await runOAuthInBrowser(await authorizeUrl(second, 'github'), 'allow');
    const b = await second.auth.exchangeCodeForSession(two.landing.searchParams.get('code')!);
    expect(b.data.user!.id).toBe(a.data.user!.id);
  });

  it('"Deny" comes back to redirect_to with access_denied and no code', async () => {
    asIdentity('google');
    const { landing } = await runOAuthInBrowser(await authorizeUrl(pkceClient(), 'google'), 'deny');
    expect(`${landing.protocol}//${landing.host}${landing.pathname}`).toBe(CALLBACK);
    expect(landing.searchParams.get('error')).toBe('access_denied');
    expect(landing.searchParams.has('code')).toBe(false);
    expect(new URLSearchParams(landing.hash.slice(1)).get('error')).toBe('access_denied');
  });

  it('an unknown or forged state goes to the Site URL with bad_oauth_state', async () => {
    for (const state of ['not-a-jwt', 'eyJhbGciOiJIUzI1NiJ9.eyJwcm92aWRlciI6ImdpdGh1YiJ9.x']) {
      const { status, landing } = await replayCallback(
        `${target.url}/auth/v1/callback?code=abc&state=${state}`,
      );
      expect(status).toBe(303);
      expect(landing.origin).toBe(new URL(stack.authSettings.siteUrl).origin);
      expect(landing.searchParams.get('error_code')).toBe('bad_oauth_state');
      expect(landing.searchParams.get('error')).toBe('invalid_request');
    }
    const missing = await replayCallback(`${target.url}/auth/v1/callback?code=abc`);
    expect(missing.landing.searchParams.get('error_code')).toBe('bad_oauth_callback');
  });

  it('a replayed callback (state already used) is refused with bad_oauth_state', async () => {
    asIdentity('github');
    const client = pkceClient();
    const { landing, callbackUrl } = await runOAuthInBrowser(
      await authorizeUrl(client, 'github'),
      'allow',
    );
    const { data } = await client.auth.exchangeCodeForSession(landing.searchParams.get('code')!);
    remember(data.user!);
    const replay = await replayCallback(callbackUrl);
    expect(replay.status).toBe(303);
    expect(replay.landing.searchParams.get('error_code')).toBe('bad_oauth_state');
    expect(replay.landing.searchParams.has('code')).toBe(false);
  });

  it('a provider that is not enabled is refused at /authorize', async () => {
    withSetting('externalProviders', ['google']);
    const url = await authorizeUrl(pkceClient(), 'github');
    const response = await fetch(url, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error_code: 'validation_failed' });
  });

  it('links the identity to the account that already uses the verified address', async () => {
    const existing = await createTestUser(target, { label: 'oauth-link' });
    users.push(existing);
    asIdentity('github', existing.email);
    const client = pkceClient();
    const { landing } = await runOAuthInBrowser(await authorizeUrl(client, 'github'), 'allow');
    const { data, error } = await client.auth.exchangeCodeForSession(
      landing.searchParams.get('code')!,
    );
    expect(error).toBeNull();
    expect(data.user!.id).toBe(existing.id);
    expect(data.user!.identities?.map((identity) => identity.provider).sort()).toEqual([
      'email',
      'github',
    ]);
    expect(data.user!.app_metadata.providers).toEqual(['email', 'github']);
    // The password still works: linking adds a way in, it does not replace one.
    const password = await createTestClient(target).auth.signInWithPassword(existing);
    expect(password.error).toBeNull();
  });

  it('an unconfirmed password account loses its password when the provider proves the address', async () => {
    const pending = await createTestUser(target, { label: 'oauth-takeover', emailConfirm: false });
    users.push(pending);
    asIdentity('google', pending.email);
    const client = pkceClient();
    const { landing } = await runOAuthInBrowser(await authorizeUrl(client, 'google'), 'allow');
    const { data } = await client.auth.exchangeCodeForSession(landing.searchParams.get('code')!);
    expect(data.user!.id).toBe(pending.id);
    expect(data.user!.identities?.map((identity) => identity.provider)).toEqual(['google']);
    const admin = await serviceRoleClient(target).auth.admin.getUserById(pending.id);
    expect(admin.data.user!.email_confirmed_at).toEqual(expect.any(String));
    const password = await createTestClient(target).auth.signInWithPassword(pending);
    expect(password.error?.code).toBe('invalid_credentials');
  });
});
