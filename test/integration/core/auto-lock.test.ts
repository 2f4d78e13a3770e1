/**
 * Auto-lock in the core (issue #13 §3), built by the app's own wiring with a fake idle time: five
 * wrong passwords sign out and take the session out of the keychain; a restart with a stored
 * session starts locked (not with "Nunca"); the password check leaves no extra session on the
 * server and keeps the stored one; Auth's rate limit costs no try; a user with a second factor
 * unlocks with a current code.
 */
import { join } from 'node:path';
import { Secret, TOTP } from 'otpauth';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { KEYCHAIN_SERVICE, SESSION_KEY_ACCOUNT } from '../../../electron/main/session/keychain.ts';
import { SESSION_FILE_NAME, SESSION_PURPOSE } from '../../../electron/main/session/session-core.ts';
import type { AutoLockMinutes } from '../../../shared/lock.ts';
import type { Core, TestKeychain } from '../../support/core-harness.ts';
import { startCore, testKeychain, unsealedText } from '../../support/core-harness.ts';
import type { FetchLike } from '../../../electron/main/session/observed-fetch.ts';
import { FakeIdle } from '../../support/fake-idle.ts';
import { settingSwitch } from '../../support/local-auth-settings.ts';
import type { SupabaseTarget } from '../../support/supabase-target.ts';
import {
  localStackOf,
  remoteTargetConfigured,
  startSupabaseTarget,
} from '../../support/supabase-target.ts';
import type { TestUser } from '../../support/supabase-users.ts';
import { createTestUser, deleteTestUsers } from '../../support/supabase-users.ts';

let target: SupabaseTarget;
let keychain: TestKeychain;
let db: pg.Pool;
const users: TestUser[] = [];
const cores: Core[] = [];
const withSetting = settingSwitch(() => localStackOf(target));

beforeAll(async () => {
  target = await startSupabaseTarget();
  keychain = await testKeychain();
  db = new pg.Pool({ connectionString: localStackOf(target).database.adminUrl, max: 2 });
  db.on('error', () => undefined);
});

afterEach(async () => {
  for (const started of cores.splice(0)) await started.dispose();
});

afterAll(async () => {
  await keychain?.deletePassword(KEYCHAIN_SERVICE, SESSION_KEY_ACCOUNT);
  await deleteTestUsers(target, users);
  await db?.end();
  await target?.stop();
});

async function newUser(label: string): Promise<TestUser> {
  const user = await createTestUser(target, { label });
  users.push(user);
  return user;
}

/** The core with auto-lock on a fake idle time; `minutes` is the Settings choice. */
async function core(
  options: { dataDir?: string; minutes?: AutoLockMinutes | null; fetch?: FetchLike } = {},
): Promise<Core> {
  const minutes = options.minutes === undefined ? 15 : options.minutes;
  const started = await startCore({
    target,
    keychain,
    autoLock: { idle: new FakeIdle(), minutes: () => minutes },
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  cores.push(started);
  return started;
}

async function serverSessions(userId: string): Promise<number> {
  const { rows } = await db.query<{ n: string }>(
    'select count(*) as n from auth.sessions where user_id = $1',
    [userId],
  );
  return Number(rows[0]!.n);
}

const sessionText = (app: Core) =>
  unsealedText(keychain, join(app.projectDir, SESSION_FILE_NAME), SESSION_PURPOSE);

describe.skipIf(remoteTargetConfigured())('auto-lock in the core (local stack only)', () => {
  it('five wrong passwords sign out and remove the session; the log never has them', async () => {
    const user = await newUser('lock-tries');
    const app = await core();
    await app.session.signIn({ email: user.email, password: user.password });
    await app.start();
    await app.lock.lock('manual');
    expect(await sessionText(app)).toContain('refresh_token');
    const canary = `Wrong-pw-canary-${Date.now()}`;
    for (const left of [4, 3, 2, 1]) {
      await expect(app.lock.unlock({ method: 'password', password: canary })).rejects.toMatchObject(
        {
          reason: 'wrong_credentials',
          params: { triesLeft: left },
        },
      );
    }
    await expect(app.lock.unlock({ method: 'password', password: canary })).rejects.toMatchObject({
      reason: 'unlock_tries_exhausted',
    });
    expect(app.session.getState().status).toBe('signed_out');
    // The sign-in screen says why (issue #13 §3), not a bare form.
    expect(app.session.getState().notice).toBe('unlock_tries_exhausted');
    expect(app.lock.state()).toEqual({ locked: false, triesLeft: 5 });
    expect((await sessionText(app)) ?? '').not.toContain('refresh_token');
    expect(await serverSessions(user.id)).toBe(0);
    expect(app.logs.text()).not.toContain(canary);
    expect(app.logs.text()).not.toContain(user.password);

    const restarted = await core({ dataDir: app.dataDir });
    await restarted.start();
    expect(restarted.session.getState().status).toBe('signed_out');
    expect(restarted.lock.isLocked()).toBe(false);
  });

  it('a restart with a stored session starts locked; the check keeps that session', async () => {
    const user = await newUser('lock-restart');
    const first = await core();
    await first.session.signIn({ email: user.email, password: user.password });
    const dataDir = first.dataDir;
    await first.dispose();
    cores.splice(0);

    const locked = await core({ dataDir });
    await locked.start();
    expect(locked.lock.isLocked()).toBe(true);
    expect(locked.lockEvents).toEqual([{ locked: true, triesLeft: 5 }]);
    // Locked is not signed out: the session stays in the keychain.
    expect(locked.session.getState()).toMatchObject({ status: 'signed_in' });
    const stored = await sessionText(locked);
    expect(await serverSessions(user.id)).toBe(1);
    await expect(
      locked.lock.unlock({ method: 'password', password: user.password }),
    ).resolves.toEqual({ locked: false, triesLeft: 5 });
    // The throwaway session of the check was ended; the stored one was not touched.
    expect(await serverSessions(user.id)).toBe(1);
    expect(await sessionText(locked)).toBe(stored);
    await expect(locked.vault.list()).resolves.toEqual([]);
    await locked.dispose();
    cores.splice(0);

    const never = await core({ dataDir, minutes: null });
    await never.start();
    expect(never.lock.isLocked()).toBe(false);
    expect(never.session.getState().status).toBe('signed_in');
  });

  it('Auth’s rate limit is its own reason and costs no try', async () => {
    const user = await newUser('lock-limited');
    // Auth counts /token per client address; the check's requests get one of their own.
    let address: string | null = null;
    const fetch: FetchLike = (input, init) => {
      if (address === null) return globalThis.fetch(input, init);
      const headers = new Headers(init?.headers);
      headers.set('x-forwarded-for', address);
      return globalThis.fetch(input, { ...init, headers });
    };
    const app = await core({ fetch });
    await app.session.signIn({ email: user.email, password: user.password });
    await app.lock.lock('manual');
    withSetting('tokenRateLimitPer5Minutes', 1);
    address = `203.0.113.${10 + (Date.now() % 200)}`;
    await expect(
      app.lock.unlock({ method: 'password', password: 'Wrong-1-password' }),
    ).rejects.toMatchObject({ reason: 'wrong_credentials', params: { triesLeft: 4 } });
    await expect(
      app.lock.unlock({ method: 'password', password: user.password }),
    ).rejects.toMatchObject({ code: 'rate_limited', reason: 'rate_limited' });
    expect(app.lock.state()).toEqual({ locked: true, triesLeft: 4 });
  });

  it('a user with a second factor unlocks with a current code; a wrong one costs a try', async () => {
    const user = await newUser('lock-totp');
    const app = await core();
    await app.session.signIn({ email: user.email, password: user.password });
    const enrolment = await app.secondFactor.enroll({ friendlyName: 'Móvil' });
    const totp = new TOTP({ secret: Secret.fromBase32(enrolment.secret), digits: 6, period: 30 });
    const code = (steps = 0) => totp.generate({ timestamp: Date.now() + steps * 30_000 });
    await app.secondFactor.confirm({ factorId: enrolment.factorId, code: code() });
    await app.lock.lock('manual');
    await expect(app.lock.unlock({ method: 'code', code: code(20) })).rejects.toMatchObject({
      reason: 'second_factor_code_wrong',
      field: 'code',
      params: { triesLeft: 4 },
    });
    await expect(app.lock.unlock({ method: 'code', code: code() })).resolves.toEqual({
      locked: false,
      triesLeft: 5,
    });
    expect(app.session.getState().secondFactor).toBe('verified');
    expect(app.logs.text()).not.toContain(enrolment.secret);
  });
});
