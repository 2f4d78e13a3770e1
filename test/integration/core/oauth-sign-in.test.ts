/**
 * Sign-in with GitHub or Google as the app does it (issue #13 §1), through the app's own services
 * against the local stack, with a small driver playing the system browser: main opens the
 * project's /auth/v1/authorize (captured at the openExternal port), the driver answers the local
 * identity provider's consent page, and the browser's last redirect comes back through the
 * loopback server or the `aterges://` deep link. Also: a denial, "Cancelar", a replay, the
 * enabled providers, and a user with a verified second factor still asked for the code.
 */
import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseAuthCallbackUrl } from '../../../electron/main/deep-link/auth-callback-url.ts';
import type { OAuthRedirectMode } from '../../../electron/main/oauth/oauth-sign-in.ts';
import { KEYCHAIN_SERVICE, SESSION_KEY_ACCOUNT } from '../../../electron/main/session/keychain.ts';
import type { LocalStack } from '../../../supabase/local/stack.ts';
import type { Core, TestKeychain } from '../../support/core-harness.ts';
import { startCore, testKeychain } from '../../support/core-harness.ts';
import { settingSwitch } from '../../support/local-auth-settings.ts';
import { runOAuthInBrowser } from '../../support/oauth-browser.ts';
import type { SupabaseTarget } from '../../support/supabase-target.ts';
import {
  localStackOf,
  NEEDS_LOCAL_STACK,
  remoteTargetConfigured,
  startSupabaseTarget,
} from '../../support/supabase-target.ts';
import type { TestUser } from '../../support/supabase-users.ts';
import { createTestUser, deleteTestUsers, uniqueEmail } from '../../support/supabase-users.ts';

let target: SupabaseTarget;
let stack: LocalStack;
let keychain: TestKeychain;
const users: TestUser[] = [];
const cores: Core[] = [];

beforeAll(async () => {
  target = await startSupabaseTarget();
  if (target.local) stack = localStackOf(target);
  keychain = await testKeychain();
});

afterEach(async () => {
  for (const started of cores.splice(0)) await started.dispose();
});

afterAll(async () => {
  await keychain?.deletePassword(KEYCHAIN_SERVICE, SESSION_KEY_ACCOUNT);
  await deleteTestUsers(target, users);
  await target?.stop();
});

const withSetting = settingSwitch(() => stack);

/** The app's services, with the URLs main asked the system browser to open. */
async function app(mode: OAuthRedirectMode) {
  const opened: string[] = [];
  const started = await startCore({
    target,
    keychain,
    oauthRedirect: mode,
    openExternal: (url) => (opened.push(url), Promise.resolve()),
  });
  cores.push(started);
  return { core: started, opened };
}

function asIdentity(provider: 'github' | 'google', email = uniqueEmail(`app-oauth-${provider}`)) {
  withSetting('externalIdentities', {
    ...stack.authSettings.externalIdentities,
    [provider]: { email, name: `Test ${randomBytes(3).toString('hex')}`, emailVerified: true },
  });
  return email;
}

function rememberSignedIn(core: Core) {
  const user = core.session.currentUser();
  if (user) users.push({ id: user.id, email: user.email ?? '', password: '' });
}

describe.skipIf(remoteTargetConfigured())(`OAuth sign-in in the app [${NEEDS_LOCAL_STACK}]`, () => {
  it('offers the providers the project enabled', async () => {
    const { core } = await app('loopback');
    expect(await core.oauthProviders.list()).toEqual({ providers: ['github', 'google'] });
    withSetting('externalProviders', ['google']);
    const other = await app('loopback');
    expect(await other.core.oauthProviders.list()).toEqual({ providers: ['google'] });
  });

  it('loopback: browser → consent → 127.0.0.1 callback → signed in; nothing secret in the log', async () => {
    const email = asIdentity('github');
    const { core, opened } = await app('loopback');
    const waiting = await core.oauth.start({ provider: 'github' });
    expect(waiting.flow).toEqual({ kind: 'oauth_pending', provider: 'github' });
    expect(opened).toHaveLength(1);
    const authorize = new URL(opened[0]!);
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${target.url}/auth/v1/authorize`);

    const { landing } = await runOAuthInBrowser(opened[0]!, 'allow');
    expect(landing.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const code = landing.searchParams.get('code')!;
    const page = await fetch(landing);
    expect(page.status).toBe(200);
    expect(await page.text()).not.toContain(code);
    await vi.waitFor(() => expect(core.session.getState().status).toBe('signed_in'));
    rememberSignedIn(core);
    expect(core.session.getState()).toMatchObject({
      user: { email },
      flow: null,
      notice: null,
      secondFactor: 'none',
    });
    // One shot: the server is gone.
    await expect(fetch(landing)).rejects.toThrow();

    const logs = core.logs.text();
    expect(logs).not.toContain(code);
    expect(logs).not.toContain(landing.searchParams.get('attempt')!);
    const tokens = await core.session.client.auth.getSession();
    expect(logs).not.toContain(tokens.data.session!.access_token);
    expect(logs).not.toContain(tokens.data.session!.refresh_token);
  });

  it('deep link: the aterges:// callback of the sign-in in progress signs in, once', async () => {
    asIdentity('google');
    const { core, opened } = await app('deep_link');
    await core.oauth.start({ provider: 'google' });
    const { landing } = await runOAuthInBrowser(opened[0]!, 'allow');
    expect(`${landing.protocol}//${landing.host}${landing.pathname}`).toBe(
      'aterges://auth/callback',
    );
    const parsed = parseAuthCallbackUrl(landing.toString());
    if (!parsed.ok) throw new Error(parsed.refusal);
    expect(await core.oauth.receiveDeepLink(parsed.callback)).toBe(true);
    expect(core.session.getState().status).toBe('signed_in');
    rememberSignedIn(core);
    // The same link again is OAuth's, and refused.
    expect(await core.oauth.receiveDeepLink(parsed.callback)).toBe(true);
    expect(core.logs.text()).toContain('already_completed');
  });

  it('"Deny" in the browser: signed out, with the reason', async () => {
    asIdentity('github');
    const { core, opened } = await app('loopback');
    await core.oauth.start({ provider: 'github' });
    const { landing } = await runOAuthInBrowser(opened[0]!, 'deny');
    expect(landing.searchParams.get('error')).toBe('access_denied');
    await fetch(landing);
    await vi.waitFor(() => expect(core.session.getState().notice).toBe('oauth_denied'));
    expect(core.session.getState()).toMatchObject({ status: 'signed_out', flow: null });
  });

  it('"Cancelar": the loopback server closes and the late code cannot be exchanged', async () => {
    asIdentity('github');
    const { core, opened } = await app('deep_link');
    await core.oauth.start({ provider: 'github' });
    const { landing } = await runOAuthInBrowser(opened[0]!, 'allow');
    expect((await core.oauth.cancel()).flow).toBeNull();
    const parsed = parseAuthCallbackUrl(landing.toString());
    if (!parsed.ok) throw new Error(parsed.refusal);
    expect(await core.oauth.receiveDeepLink(parsed.callback)).toBe(true);
    expect(core.session.getState()).toMatchObject({
      status: 'signed_out',
      notice: 'oauth_refused',
    });
    // Even through the e-mail door, the code is worthless without the verifier.
    await core.session.completeAuthCallback(parsed.callback);
    expect(core.session.getState().status).toBe('signed_out');

    const looped = await app('loopback');
    await looped.core.oauth.start({ provider: 'github' });
    const redirect = new URL(new URL(looped.opened[0]!).searchParams.get('redirect_to')!);
    await looped.core.oauth.cancel();
    await expect(fetch(redirect)).rejects.toThrow();
  });

  it('a user with a verified second factor still has to give the code', async () => {
    const user = await createTestUser(target, { label: 'oauth-mfa' });
    users.push(user);
    const first = await app('loopback');
    await first.core.session.signIn({ email: user.email, password: user.password });
    const enrolment = await first.core.secondFactor.enroll({ friendlyName: 'Móvil' });
    const code = new TOTP({ secret: Secret.fromBase32(enrolment.secret) }).generate();
    await first.core.secondFactor.confirm({ factorId: enrolment.factorId, code });
    await first.core.signOut();

    asIdentity('github', user.email);
    const { core, opened } = await app('loopback');
    await core.oauth.start({ provider: 'github' });
    const { landing } = await runOAuthInBrowser(opened[0]!, 'allow');
    await fetch(landing);
    await vi.waitFor(() => expect(core.session.getState().status).toBe('signed_in'));
    expect(core.session.getState()).toMatchObject({
      user: { id: user.id },
      secondFactor: 'needed',
    });
  });
});
