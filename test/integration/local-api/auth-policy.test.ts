/**
 * The Auth stand-in's hosted-project rules through real supabase-js: the password policy of
 * supabase/config.toml (weak_password reasons, 72 bytes, no echo of a password), the redirect
 * allow list (GoTrue's IsRedirectURLValid), the `/token` rate limit, bans, and sessions ended from
 * another device. The e-mail flows: auth-mail.test.ts.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuthApiError, AuthWeakPasswordError } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONFIG_TOML_AUTH,
  defaultAuthSettings,
} from '../../../supabase/local/api/gotrue/auth-settings.ts';
import { isRedirectUrlValid } from '../../../supabase/local/api/gotrue/redirect-urls.ts';
import type { LocalStack } from '../../../supabase/local/stack.ts';
import { settingSwitch } from '../../support/local-auth-settings.ts';
import {
  createTestClient,
  recordingFetch,
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
import type { TestUser } from '../../support/supabase-users.ts';
import { createTestUser, deleteTestUsers, uniqueEmail } from '../../support/supabase-users.ts';

const CALLBACK = 'aterges://auth/callback';
let target: SupabaseTarget;
let stack: LocalStack;
const users: TestUser[] = [];
const withSetting = settingSwitch(() => stack);

beforeAll(async () => {
  target = await startSupabaseTarget();
  if (target.local) stack = localStackOf(target);
});

afterAll(async () => {
  await deleteTestUsers(target, users);
  await target.stop();
});

describe.skipIf(remoteTargetConfigured())(
  `password policy of config.toml [${NEEDS_LOCAL_STACK}]`,
  () => {
    it('reports weak_password with GoTrue reasons', async () => {
      const client = createTestClient(target);
      const short = await client.auth.signUp({ email: uniqueEmail('weak'), password: 'short' });
      expect(short.error).toBeInstanceOf(AuthWeakPasswordError);
      expect(short.error).toMatchObject({
        code: 'weak_password',
        status: 422,
        reasons: ['length', 'characters'],
      });
      const lower = await client.auth.signUp({
        email: uniqueEmail('weak'),
        password: 'only-lower-case-123',
      });
      expect(lower.error).toMatchObject({ code: 'weak_password', reasons: ['characters'] });
      expect(lower.error!.message).toBe(
        'Password should contain at least one character of each: abcdefghijklmnopqrstuvwxyz, ABCDEFGHIJKLMNOPQRSTUVWXYZ, 0123456789.',
      );
    });

    it('refuses more than 72 bytes with validation_failed', async () => {
      const client = createTestClient(target);
      const long = await client.auth.signUp({
        email: uniqueEmail('long'),
        password: `Aa1${'ñ'.repeat(35)}`,
      });
      expect(long.error).toBeInstanceOf(AuthApiError);
      expect(long.error).toMatchObject({
        code: 'validation_failed',
        status: 400,
        message: 'Password cannot be longer than 72 characters',
      });
    });

    it('never echoes a refused or changed password (canary)', async () => {
      const canary = `Canary${randomBytes(8).toString('hex')}`;
      const recorder = recordingFetch();
      const client = createTestClient(target, { fetch: recorder.fetch });
      await client.auth.signUp({ email: uniqueEmail('canary'), password: canary.toLowerCase() });
      await client.auth.signUp({
        email: uniqueEmail('canary'),
        password: `${canary}1${'x'.repeat(72)}`,
      });
      const user = await createTestUser(target, { label: 'canary' });
      users.push(user);
      await client.auth.signInWithPassword({ email: user.email, password: user.password });
      await client.auth.updateUser({ password: canary.toLowerCase() });
      await client.auth.updateUser({ password: `${canary}9` });
      expect(recorder.responses.length).toBeGreaterThanOrEqual(5);
      for (const response of recorder.responses) {
        expect(response.body.toLowerCase()).not.toContain(canary.toLowerCase());
        expect(JSON.stringify(response.headers).toLowerCase()).not.toContain(canary.toLowerCase());
      }
      for (const mail of stack.mail.all()) expect(mail.text).not.toContain(canary);
    });

    it('can be relaxed by a test', async () => {
      withSetting('passwordMinLength', 6);
      withSetting('passwordRequirements', '');
      withSetting('autoconfirm', true);
      const email = uniqueEmail('relaxed');
      const { data, error } = await createTestClient(target).auth.signUp({
        email,
        password: 'simple',
      });
      expect(error).toBeNull();
      users.push({ id: data.user!.id, email, password: 'simple' });
    });

    it('matches supabase/config.toml', () => {
      const toml = readFileSync(join(import.meta.dirname, '../../../supabase/config.toml'), 'utf8');
      const auth = /^\[auth\]$([\s\S]*?)^\[/m.exec(toml)![1]!;
      const value = (key: string) => new RegExp(`^${key} = (.*)$`, 'm').exec(auth)![1]!;
      expect(JSON.parse(value('site_url'))).toBe(CONFIG_TOML_AUTH.siteUrl);
      expect(JSON.parse(value('additional_redirect_urls'))).toEqual(
        CONFIG_TOML_AUTH.additionalRedirectUrls,
      );
      expect(Number(value('minimum_password_length'))).toBe(CONFIG_TOML_AUTH.passwordMinLength);
      expect(JSON.parse(value('password_requirements'))).toBe(
        CONFIG_TOML_AUTH.passwordRequirements,
      );
      expect(CONFIG_TOML_AUTH.additionalRedirectUrls).toContain(CALLBACK);
    });
  },
);

describe('redirect allow list (GoTrue IsRedirectURLValid)', () => {
  const settings = {
    ...defaultAuthSettings(),
    siteUrl: 'https://app.example.com',
    additionalRedirectUrls: ['aterges://auth/callback', 'https://*.preview.example.com/**'],
  };
  it.each([
    ['https://app.example.com/welcome', true],
    ['http://app.example.com/welcome', false],
    ['aterges://auth/callback', true],
    ['aterges://auth/other', false],
    ['https://pr-1.preview.example.com/a/b', true],
    ['https://a.b.preview.example.com/', false],
    ['http://127.0.0.1:9999/cb', true],
    ['http://2130706433/', false],
    ['https://evil.example.com/', false],
    ['\thttps://app.example.com/', false],
  ])('%s → %s', (url, valid) => {
    expect(isRedirectUrlValid(settings, url)).toBe(valid);
  });
});

describe.skipIf(remoteTargetConfigured())(`rate limits and bans [${NEEDS_LOCAL_STACK}]`, () => {
  it('/token answers over_request_rate_limit past the per-address limit', async () => {
    const user = await createTestUser(target, { label: 'limited' });
    users.push(user);
    withSetting('tokenRateLimitPer5Minutes', 2);
    const client = createTestClient(target, { headers: { 'x-forwarded-for': '203.0.113.41' } });
    const attempt = () =>
      client.auth.signInWithPassword({ email: user.email, password: user.password });
    expect((await attempt()).error).toBeNull();
    expect((await attempt()).error).toBeNull();
    const third = await attempt();
    expect(third.error).toMatchObject({ code: 'over_request_rate_limit', status: 429 });
    // Another address has its own bucket.
    const elsewhere = createTestClient(target, { headers: { 'x-forwarded-for': '203.0.113.42' } });
    expect(
      (await elsewhere.auth.signInWithPassword({ email: user.email, password: user.password }))
        .error,
    ).toBeNull();
  });

  it('a banned user cannot sign in or refresh (user_banned) until the ban is lifted', async () => {
    const user = await createTestUser(target, { label: 'banned' });
    users.push(user);
    const client = await signedInClient(target, user);
    const session = (await client.auth.getSession()).data.session!;
    const admin = serviceRoleClient(target).auth.admin;
    const banned = await admin.updateUserById(user.id, { ban_duration: '24h' });
    expect(banned.error).toBeNull();
    expect(Date.parse(banned.data.user!.banned_until!)).toBeGreaterThan(Date.now() + 23 * 3600_000);

    const signIn = await createTestClient(target).auth.signInWithPassword({
      email: user.email,
      password: user.password,
    });
    expect(signIn.error).toMatchObject({ code: 'user_banned', status: 400 });
    const refresh = await client.auth.refreshSession({ refresh_token: session.refresh_token });
    expect(refresh.error).toMatchObject({ code: 'user_banned' });

    expect((await admin.updateUserById(user.id, { ban_duration: 'none' })).error).toBeNull();
    expect(
      (
        await createTestClient(target).auth.signInWithPassword({
          email: user.email,
          password: user.password,
        })
      ).error,
    ).toBeNull();
  });

  it("another device's global sign-out ends this device's refresh", async () => {
    const user = await createTestUser(target, { label: 'devices' });
    users.push(user);
    const laptop = await signedInClient(target, user);
    const desktop = await signedInClient(target, user);
    const desktopSession = (await desktop.auth.getSession()).data.session!;
    expect((await laptop.auth.signOut({ scope: 'others' })).error).toBeNull();
    const refresh = await desktop.auth.refreshSession({
      refresh_token: desktopSession.refresh_token,
    });
    expect(refresh.error).toMatchObject({ code: 'refresh_token_not_found', status: 400 });
    expect((await laptop.auth.getUser()).error).toBeNull();
  });
});
