/**
 * The e-mail flows of a hosted project, through real supabase-js against the local Auth stand-in
 * with its defaults (confirmation on): sign-up → mail → link → `?code=` → exchangeCodeForSession,
 * PKCE code misuse, the Site URL fallback, verifyOtp, resend and the mail limits, password recovery
 * and reauthentication, e-mail change. Policy, limits and bans: auth-policy.test.ts.
 */
import { AuthApiError, AuthWeakPasswordError } from '@supabase/supabase-js';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SentMail } from '../../../supabase/local/api/gotrue/mail-outbox.ts';
import type { LocalStack } from '../../../supabase/local/stack.ts';
import type { TestClient } from '../../support/supabase-clients.ts';
import {
  createTestClient,
  serviceRoleClient,
  signedInClient,
} from '../../support/supabase-clients.ts';
import type { SupabaseTarget } from '../../support/supabase-target.ts';
import {
  localStackOf,
  NEEDS_LOCAL_STACK,
  remoteTargetConfigured,
  startSupabaseTarget,
} from '../../support/supabase-target.ts';
import { settingSwitch } from '../../support/local-auth-settings.ts';
import type { TestUser } from '../../support/supabase-users.ts';
import {
  createTestUser,
  deleteTestUsers,
  uniqueEmail,
  uniquePassword,
} from '../../support/supabase-users.ts';

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

function pkceClient(headers?: Record<string, string>): TestClient {
  return createTestClient(target, { flowType: 'pkce', ...(headers ? { headers } : {}) });
}

function mailTo(email: string): SentMail {
  const mail = stack.mail.latestTo(email);
  if (!mail) throw new Error(`no mail to ${email}`);
  return mail;
}

/** Opens a mailed link as a browser would, without following the redirect. */
async function openLink(link: string): Promise<URL> {
  const response = await fetch(link, { redirect: 'manual' });
  expect(response.status).toBe(303);
  return new URL(response.headers.get('location')!);
}

async function signUpPkce(client: TestClient, redirectTo = CALLBACK) {
  const email = uniqueEmail('mail');
  const password = uniquePassword();
  const { data, error } = await client.auth.signUp({
    email,
    password,
    options: { emailRedirectTo: redirectTo },
  });
  expect(error).toBeNull();
  users.push({ id: data.user!.id, email, password });
  return { email, password, data };
}

describe.skipIf(remoteTargetConfigured())(`e-mail confirmation [${NEEDS_LOCAL_STACK}]`, () => {
  it('sign-up mails a link whose code exchanges for a session, once', async () => {
    const client = pkceClient();
    const { email, data } = await signUpPkce(client);
    expect(data.session).toBeNull();
    expect(data.user!.email_confirmed_at).toBeUndefined();

    const mail = mailTo(email);
    expect(mail).toMatchObject({ to: email, kind: 'signup', subject: 'Confirm Your Email' });
    expect(mail.token).toMatch(/^\d{6}$/);
    expect(mail.text).toContain(mail.token);
    const link = new URL(mail.link!);
    expect(`${link.origin}${link.pathname}`).toBe(`${target.url}/auth/v1/verify`);
    expect(link.searchParams.get('token')).toMatch(/^pkce_[0-9a-f]{56}$/);
    expect(link.searchParams.get('type')).toBe('signup');
    expect(link.searchParams.get('redirect_to')).toBe(CALLBACK);

    const landing = await openLink(mail.link!);
    expect(`${landing.protocol}//${landing.host}${landing.pathname}`).toBe(CALLBACK);
    const code = landing.searchParams.get('code')!;
    expect(code).toMatch(/^[0-9a-f-]{36}$/);

    const exchanged = await client.auth.exchangeCodeForSession(code);
    expect(exchanged.error).toBeNull();
    expect(exchanged.data.user).toMatchObject({ email });
    expect(exchanged.data.user!.email_confirmed_at).toEqual(expect.any(String));

    // The code works once: a second exchange (with a verifier) finds no flow state.
    const second = pkceClient();
    await second.auth.signUp({ email: uniqueEmail('other'), password: uniquePassword() });
    const reused = await fetch(`${target.url}/auth/v1/token?grant_type=pkce`, {
      method: 'POST',
      headers: {
        apikey: target.anonKey,
        'content-type': 'application/json',
        'x-supabase-api-version': '2024-01-01',
      },
      body: JSON.stringify({ auth_code: code, code_verifier: 'x'.repeat(43) }),
    });
    expect(reused.status).toBe(404);
    expect(await reused.json()).toMatchObject({ code: 'flow_state_not_found' });
  });

  it('a spent or unknown link redirects with otp_expired, in the query for PKCE', async () => {
    const client = pkceClient();
    const { email } = await signUpPkce(client);
    const link = mailTo(email).link!;
    await openLink(link);
    const again = await openLink(link);
    expect(again.searchParams.get('error')).toBe('access_denied');
    expect(again.searchParams.get('error_code')).toBe('otp_expired');
    expect(again.searchParams.get('error_description')).toBe(
      'Email link is invalid or has expired',
    );
    expect(new URLSearchParams(again.hash.slice(1)).get('error_code')).toBe('otp_expired');
  });

  it('an expired link is refused the same way', async () => {
    withSetting('otpExpirySeconds', 0);
    const { email } = await signUpPkce(pkceClient());
    const landing = await openLink(mailTo(email).link!);
    expect(landing.searchParams.get('error_code')).toBe('otp_expired');
  });

  it('a PKCE code is refused with the wrong verifier, and after it expires', async () => {
    const { email } = await signUpPkce(pkceClient());
    const code = (await openLink(mailTo(email).link!)).searchParams.get('code')!;
    const exchange = (verifier: string) =>
      fetch(`${target.url}/auth/v1/token?grant_type=pkce`, {
        method: 'POST',
        headers: {
          apikey: target.anonKey,
          'content-type': 'application/json',
          'x-supabase-api-version': '2024-01-01',
        },
        body: JSON.stringify({ auth_code: code, code_verifier: verifier }),
      });
    const wrong = await exchange('w'.repeat(43));
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ code: 'bad_code_verifier' });
    withSetting('flowStateExpirySeconds', 0);
    const expired = await exchange('w'.repeat(43));
    expect(expired.status).toBe(422);
    expect(await expired.json()).toMatchObject({ code: 'flow_state_expired' });
  });

  it('a redirect URL that is not allowed falls back to the Site URL', async () => {
    const { email } = await signUpPkce(pkceClient(), 'https://evil.example.com/callback');
    const link = new URL(mailTo(email).link!);
    expect(link.searchParams.get('redirect_to')).toBe(stack.authSettings.siteUrl);
    const landing = await openLink(link.toString());
    expect(landing.origin).toBe(new URL(stack.authSettings.siteUrl).origin);
    expect(landing.searchParams.get('code')).toBeTruthy();
  });

  it('the implicit flow lands with the session in the fragment', async () => {
    const client = createTestClient(target);
    const email = uniqueEmail('implicit');
    const { data } = await client.auth.signUp({
      email,
      password: uniquePassword(),
      options: { emailRedirectTo: CALLBACK },
    });
    users.push({ id: data.user!.id, email, password: '' });
    expect(mailTo(email).link).not.toContain('pkce_');
    const landing = await openLink(mailTo(email).link!);
    const fragment = new URLSearchParams(landing.hash.slice(1));
    expect(fragment.get('type')).toBe('signup');
    expect(fragment.get('token_type')).toBe('bearer');
    const { data: user } = await client.auth.getUser(fragment.get('access_token')!);
    expect(user.user?.email).toBe(email);
  });

  it('verifyOtp with the mailed code confirms and signs in', async () => {
    const client = pkceClient();
    const { email, password } = await signUpPkce(client);
    const refused = await client.auth.signInWithPassword({ email, password });
    expect(refused.error).toMatchObject({ code: 'email_not_confirmed', status: 400 });
    const wrong = await client.auth.verifyOtp({ email, token: '000000', type: 'signup' });
    if (mailTo(email).token !== '000000') {
      expect(wrong.error).toMatchObject({ code: 'otp_expired', status: 403 });
    }
    const { data, error } = await client.auth.verifyOtp({
      email,
      token: mailTo(email).token,
      type: 'signup',
    });
    expect(error).toBeNull();
    expect(data.session?.user.email).toBe(email);
    expect((await client.auth.signInWithPassword({ email, password })).error).toBeNull();
  });

  it('resend mails a new link; the wait between mails and the hourly limit answer 429', async () => {
    const client = pkceClient();
    const { email } = await signUpPkce(client);
    const first = mailTo(email);
    expect(
      (await client.auth.resend({ type: 'signup', email, options: { emailRedirectTo: CALLBACK } }))
        .error,
    ).toBeNull();
    expect(mailTo(email).token).not.toBe(first.token);
    expect(stack.mail.all().filter((mail) => mail.to === email)).toHaveLength(2);
    // The first link was replaced by the second.
    expect((await openLink(first.link!)).searchParams.get('error_code')).toBe('otp_expired');

    withSetting('emailMaxFrequencySeconds', 60);
    const tooSoon = await client.auth.resend({ type: 'signup', email });
    expect(tooSoon.error).toBeInstanceOf(AuthApiError);
    expect(tooSoon.error).toMatchObject({ code: 'over_email_send_rate_limit', status: 429 });
    expect(tooSoon.error!.message).toMatch(
      /^For security purposes, you can only request this after (59|60) seconds\.$/,
    );

    withSetting('emailMaxFrequencySeconds', 0);
    withSetting('emailRateLimitPerHour', 1);
    const blocked = uniqueEmail('blocked');
    const results = [
      await client.auth.signUp({ email: uniqueEmail('allowed'), password: uniquePassword() }),
      await client.auth.signUp({ email: blocked, password: uniquePassword() }),
    ];
    if (results[0]!.data.user)
      users.push({ id: results[0]!.data.user.id, email: '', password: '' });
    expect(results[1]!.error).toMatchObject({
      code: 'over_email_send_rate_limit',
      status: 429,
      message: 'email rate limit exceeded',
    });
    // The refused sign-up left no account behind (GoTrue sends inside the sign-up transaction).
    const { data } = await serviceRoleClient(target)
      .auth.admin.listUsers()
      .catch(() => ({ data: { users: [] } }));
    expect(data.users.some((user) => user.email === blocked)).toBe(false);
  });

  it('a project that mails only authorized addresses refuses others (email_address_not_authorized)', async () => {
    const member = uniqueEmail('member');
    withSetting('authorizedEmailAddresses', [member]);
    const client = pkceClient();
    const outsider = uniqueEmail('outsider');
    const refused = await client.auth.signUp({ email: outsider, password: uniquePassword() });
    expect(refused.error).toMatchObject({ code: 'email_address_not_authorized', status: 400 });
    expect(stack.mail.latestTo(outsider)).toBeUndefined();
    const labelled = member.replace('@', '+app@');
    const allowed = await client.auth.signUp({ email: labelled, password: uniquePassword() });
    expect(allowed.error).toBeNull();
    users.push({ id: allowed.data.user!.id, email: labelled, password: '' });
    expect(stack.mail.latestTo(labelled)?.kind).toBe('signup');
  });

  it('resend of a confirmed address sends nothing and does not say so', async () => {
    const user = await createTestUser(target);
    users.push(user);
    const { error } = await pkceClient().auth.resend({ type: 'signup', email: user.email });
    expect(error).toBeNull();
    expect(stack.mail.latestTo(user.email)).toBeUndefined();
  });
});

describe.skipIf(remoteTargetConfigured())(`password recovery [${NEEDS_LOCAL_STACK}]`, () => {
  it('recover → link → code → updateUser sets the new password and ends the other sessions', async () => {
    const user = await createTestUser(target, { label: 'recover' });
    users.push(user);
    const otherDevice = await signedInClient(target, user);
    const otherSession = (await otherDevice.auth.getSession()).data.session!;

    const client = pkceClient();
    const { error } = await client.auth.resetPasswordForEmail(user.email, { redirectTo: CALLBACK });
    expect(error).toBeNull();
    const mail = mailTo(user.email);
    expect(mail).toMatchObject({ kind: 'recovery', subject: 'Reset Your Password' });
    const code = (await openLink(mail.link!)).searchParams.get('code')!;
    const exchanged = await client.auth.exchangeCodeForSession(code);
    expect(exchanged.error).toBeNull();
    expect((exchanged.data as { redirectType?: string | null }).redirectType).toBe('recovery');

    const same = await client.auth.updateUser({ password: user.password });
    expect(same.error).toMatchObject({ code: 'same_password', status: 422 });
    const weak = await client.auth.updateUser({ password: 'short' });
    expect(weak.error).toBeInstanceOf(AuthWeakPasswordError);

    const newPassword = uniquePassword();
    expect((await client.auth.updateUser({ password: newPassword })).error).toBeNull();
    const fresh = createTestClient(target);
    expect(
      (await fresh.auth.signInWithPassword({ email: user.email, password: user.password })).error,
    ).toMatchObject({ code: 'invalid_credentials' });
    expect(
      (await fresh.auth.signInWithPassword({ email: user.email, password: newPassword })).error,
    ).toBeNull();

    // The device that did not change the password lost its session.
    const refresh = await otherDevice.auth.refreshSession({
      refresh_token: otherSession.refresh_token,
    });
    expect(refresh.error).toMatchObject({ code: 'refresh_token_not_found' });
    user.password = newPassword;
  });

  it('with secure password change on, an old session needs the reauthentication nonce', async () => {
    withSetting('securePasswordChange', true);
    const user = await createTestUser(target, { label: 'reauth' });
    users.push(user);
    const client = await signedInClient(target, user);
    // A session signed in just now may change the password without a nonce.
    const recent = uniquePassword();
    expect((await client.auth.updateUser({ password: recent })).error).toBeNull();

    const { session } = (await client.auth.getSession()).data;
    const sessionId = JSON.parse(
      Buffer.from(session!.access_token.split('.')[1]!, 'base64url').toString(),
    ) as { session_id: string };
    const db = new pg.Client({ connectionString: stack.database.adminUrl });
    await db.connect();
    try {
      await db.query(
        `update auth.sessions set created_at = now() - interval '25 hours' where id = $1`,
        [sessionId.session_id],
      );
    } finally {
      await db.end();
    }
    const needed = await client.auth.updateUser({ password: uniquePassword() });
    expect(needed.error).toMatchObject({ code: 'reauthentication_needed', status: 400 });
    const wrong = await client.auth.updateUser({ password: uniquePassword(), nonce: '000000' });
    expect(wrong.error).toMatchObject({ code: 'reauthentication_not_valid', status: 422 });

    expect((await client.auth.reauthenticate()).error).toBeNull();
    const mail = mailTo(user.email);
    expect(mail).toMatchObject({ kind: 'reauthentication', link: null });
    const changed = await client.auth.updateUser({ password: uniquePassword(), nonce: mail.token });
    expect(changed.error).toBeNull();
  });

  it('recover answers {} for an unknown address and mails nothing', async () => {
    const email = uniqueEmail('nobody');
    const { data, error } = await pkceClient().auth.resetPasswordForEmail(email, {
      redirectTo: CALLBACK,
    });
    expect(error).toBeNull();
    expect(data).toEqual({});
    expect(stack.mail.latestTo(email)).toBeUndefined();
  });
});
