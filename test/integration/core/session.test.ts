/**
 * The session in the OS keychain: a 256-bit key in the real keychain, the auth storage sealed in
 * the data folder, restored by a fresh instance without the network, cleared on sign-out even
 * when the server cannot be reached, and kept through refresh failures that do not prove it
 * invalid.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuthChangeEvent } from '@supabase/supabase-js';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { KEYCHAIN_SERVICE, SESSION_KEY_ACCOUNT } from '../../../electron/main/session/keychain.ts';
import {
  SESSION_FILE_NAME,
  SESSION_PURPOSE,
} from '../../../electron/main/session/session-service.ts';
import type { Core, TestKeychain } from '../../support/core-harness.ts';
import {
  countingFetch,
  startCore,
  storedLocalKey,
  switchableNetwork,
  testKeychain,
  unsealedText,
} from '../../support/core-harness.ts';
import type { SupabaseTarget } from '../../support/supabase-target.ts';
import {
  faultsOf,
  localStackOf,
  NEEDS_LOCAL_STACK,
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

let target: SupabaseTarget;
let keychain: TestKeychain;
let user: TestUser;
const cores: Core[] = [];
const extraUsers: TestUser[] = [];

async function core(options: Partial<Parameters<typeof startCore>[0]> = {}): Promise<Core> {
  const started = await startCore({ target, keychain, ...options });
  cores.push(started);
  return started;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  target = await startSupabaseTarget();
  keychain = await testKeychain();
  user = await createTestUser(target, { label: 'core-session' });
});

afterEach(async () => {
  for (const started of cores.splice(0)) await started.dispose();
  if (target.local) await faultsOf(target).restore();
});

afterAll(async () => {
  await keychain?.deletePassword(KEYCHAIN_SERVICE, SESSION_KEY_ACCOUNT);
  await deleteTestUsers(target, [user, ...extraUsers].filter(Boolean));
  await target?.stop();
});

describe('signing in', () => {
  it('keeps only a 256-bit key in the keychain and the session sealed in the data folder', async () => {
    const app = await core();
    const state = await app.session.signIn({ email: user.email, password: user.password });
    expect(state).toMatchObject({
      status: 'signed_in',
      user: { id: user.id, email: user.email },
      keychain: { available: true, reason: null },
      notice: null,
    });
    expect(app.session.currentUser()).toEqual({ id: user.id, email: user.email });

    const key = await storedLocalKey(keychain);
    expect(key).toHaveLength(32);
    const path = join(app.projectDir, SESSION_FILE_NAME);
    if (process.platform !== 'win32') expect(readFileSync(path).length).toBeGreaterThan(0);
    const plaintext = await unsealedText(keychain, path, SESSION_PURPOSE);
    const stored = JSON.parse(plaintext!) as { items: Record<string, string> };
    const session = JSON.parse(Object.values(stored.items)[0]!) as {
      access_token: string;
      refresh_token: string;
    };
    // The tokens are in the sealed file only: not in the file's raw bytes, not in the state.
    expect(readFileSync(path).toString('latin1')).not.toContain(session.refresh_token);
    expect(JSON.stringify(app.session.getState())).not.toContain(session.access_token);
    expect(app.logs.text()).not.toContain(session.access_token);
    expect(app.logs.text()).not.toContain(session.refresh_token);
    expect(app.logs.text()).not.toContain(user.password);
  });

  it('refuses bad input with the field named', async () => {
    const app = await core();
    await expect(app.session.signIn({ email: 'nope', password: 'x' })).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'email',
    });
    await expect(
      app.session.signUp({ email: uniqueEmail(), password: 'short' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'password',
    });
  });
});

describe('a restart', () => {
  it('restores the session from the keychain and sealed file without any network call', async () => {
    const first = await core();
    await first.session.signIn({ email: user.email, password: user.password });
    await first.dispose();

    const network = switchableNetwork(false);
    const counted = countingFetch();
    const second = await core({ dataDir: first.dataDir, network, fetch: counted.fetch });
    expect(second.session.getState()).toMatchObject({
      status: 'signed_in',
      user: { id: user.id, email: user.email },
    });
    await second.offline.start();
    expect(second.session.getState().connectivity).toBe('offline');
    expect(counted.calls).toEqual([]);

    network.set(true);
    await second.offline.whenSettled();
    expect(second.session.getState()).toMatchObject({
      status: 'signed_in',
      connectivity: 'online',
    });
    expect(Array.isArray(await second.vault.list())).toBe(true);
  });

  it('reads a tampered session file as signed out, removes it, and does not crash', async () => {
    const first = await core();
    await first.session.signIn({ email: user.email, password: user.password });
    await first.dispose();
    const path = join(first.projectDir, SESSION_FILE_NAME);
    const bytes = readFileSync(path);
    bytes.writeUInt8(bytes.at(-1)! ^ 0x01, bytes.length - 1);
    writeFileSync(path, bytes);

    const second = await core({ dataDir: first.dataDir });
    expect(second.session.getState().status).toBe('signed_out');
    expect(existsSync(path)).toBe(false);
    expect(second.logs.text()).toMatch(/could not be read/);
    // And signing in again replaces it.
    await second.session.signIn({ email: user.email, password: user.password });
    expect(existsSync(path)).toBe(true);
  });

  it('reads the session as signed out when the keychain key was removed', async () => {
    const first = await core();
    await first.session.signIn({ email: user.email, password: user.password });
    await first.dispose();
    await keychain.deletePassword(KEYCHAIN_SERVICE, SESSION_KEY_ACCOUNT);

    const second = await core({ dataDir: first.dataDir });
    expect(second.session.getState().status).toBe('signed_out');
    expect(await storedLocalKey(keychain)).toHaveLength(32);
  });
});

describe('signing out', () => {
  it('ends the session locally and for good', async () => {
    const app = await core();
    await app.session.signIn({ email: user.email, password: user.password });
    const state = await app.session.signOut();
    expect(state).toMatchObject({ status: 'signed_out', user: null });
    expect(existsSync(join(app.projectDir, SESSION_FILE_NAME))).toBe(false);
    await expect(app.vault.list()).rejects.toMatchObject({ code: 'not_authenticated' });
  });

  it.skipIf(remoteTargetConfigured())(
    `clears local state even when the server cannot be reached [${NEEDS_LOCAL_STACK}]`,
    async () => {
      const app = await core();
      await app.session.signIn({ email: user.email, password: user.password });
      await faultsOf(target).setUnreachable(true);
      const state = await app.session.signOut();
      expect(state.status).toBe('signed_out');
      await faultsOf(target).setUnreachable(false);
      const restarted = await core({ dataDir: app.dataDir });
      expect(restarted.session.getState().status).toBe('signed_out');
    },
  );
});

describe.skipIf(remoteTargetConfigured())(`signing up [${NEEDS_LOCAL_STACK}]`, () => {
  it('signs in at once when the project confirms automatically', async () => {
    localStackOf(target).authSettings.autoconfirm = true;
    onTestFinished(() => {
      localStackOf(target).authSettings.autoconfirm = false;
    });
    const app = await core();
    const email = uniqueEmail('core-signup');
    const state = await app.session.signUp({ email, password: uniquePassword() });
    expect(state).toMatchObject({ status: 'signed_in', user: { email }, notice: null });
    extraUsers.push({ id: state.user!.id, email, password: '' });
  });

  it('asks to confirm the e-mail when the project requires it (the default)', async () => {
    const app = await core();
    const email = uniqueEmail('core-signup-confirm');
    const state = await app.session.signUp({ email, password: uniquePassword() });
    expect(state.status).toBe('signed_out');
    expect(state.notice).toBeNull();
    expect(state.flow).toEqual({ kind: 'confirm_sign_up', email });
  });

  it('reports an existing account as a conflict', async () => {
    // Only a project without e-mail confirmation says user_already_exists; with confirmation on
    // GoTrue answers a look-alike user so the address is not revealed.
    localStackOf(target).authSettings.autoconfirm = true;
    onTestFinished(() => {
      localStackOf(target).authSettings.autoconfirm = false;
    });
    const app = await core();
    await expect(
      app.session.signUp({ email: user.email, password: uniquePassword() }),
    ).rejects.toMatchObject({ code: 'conflict', field: 'email' });
  });
});

describe.skipIf(remoteTargetConfigured())(`refresh failures [${NEEDS_LOCAL_STACK}]`, () => {
  /** Signs in with access tokens that expire after `ttl` seconds and waits for expiry. */
  async function expiredSession(ttl = 1): Promise<{ app: Core; events: AuthChangeEvent[] }> {
    faultsOf(target).accessTokenTtlSeconds = ttl;
    const app = await core();
    await app.session.signIn({ email: user.email, password: user.password });
    await app.offline.start();
    const events: AuthChangeEvent[] = [];
    app.session.client.auth.onAuthStateChange((event) => {
      events.push(event);
    });
    await sleep(ttl * 1000 + 200);
    return { app, events };
  }

  it('keep the session when the refresh fails for a reason that does not prove it invalid', async () => {
    const { app, events } = await expiredSession();
    faultsOf(target).refreshFailure = { status: 409, code: 'conflict' };
    expect(await app.session.refreshNow()).toBe('failed');
    faultsOf(target).refreshFailure = { status: 429, code: 'over_request_rate_limit' };
    // A rate limit is no outage: the session stays, and the user is told to wait.
    expect(await app.session.refreshNow()).toBe('refused');
    expect(app.session.getState().notice).toBe('rate_limited');
    // auth-js dropped the session and said SIGNED_OUT; the store refused the removal.
    expect(events).toContain('SIGNED_OUT');
    expect(app.session.getState()).toMatchObject({ status: 'signed_in', user: { id: user.id } });
    await expect(app.vault.list()).rejects.toMatchObject({ code: 'rate_limited' });

    const restarted = await core({ dataDir: app.dataDir });
    expect(restarted.session.getState().status).toBe('signed_in');

    faultsOf(target).refreshFailure = null;
    expect(await app.session.refreshNow()).toBe('refreshed');
    expect(app.session.getState().notice).toBeNull();
    expect(Array.isArray(await app.vault.list())).toBe(true);
  });

  it('a paused project (540, not JSON) is said so at sign-in and on refresh, never offline', async () => {
    const fresh = await core();
    faultsOf(target).paused = true;
    await expect(
      fresh.session.signIn({ email: user.email, password: user.password }),
    ).rejects.toMatchObject({ reason: 'project_paused' });
    faultsOf(target).paused = false;

    const { app } = await expiredSession();
    faultsOf(target).paused = true;
    expect(await app.session.refreshNow()).toBe('refused');
    expect(app.session.getState()).toMatchObject({
      status: 'signed_in',
      notice: 'project_paused',
    });
  });

  it('end the session, saying so, when the refresh token is refused as malformed', async () => {
    const { app } = await expiredSession();
    faultsOf(target).refreshFailure = { status: 400, code: 'validation_failed' };
    expect(await app.session.refreshNow()).toBe('rejected');
    expect(app.session.getState()).toMatchObject({ status: 'signed_out', notice: 'session_ended' });
  });

  it('end the session when the server says the refresh token is invalid', async () => {
    const { app } = await expiredSession();
    faultsOf(target).refreshFailure = { status: 400, code: 'refresh_token_not_found' };
    expect(await app.session.refreshNow()).toBe('rejected');
    expect(app.session.getState()).toMatchObject({
      status: 'signed_out',
      user: null,
      notice: 'session_ended',
    });
    expect(existsSync(join(app.projectDir, SESSION_FILE_NAME))).toBe(false);
  });

  it('end the session on a rejected refresh even while the access token is still valid', async () => {
    const app = await core();
    await app.session.signIn({ email: user.email, password: user.password });
    faultsOf(target).refreshFailure = { status: 400, code: 'refresh_token_already_used' };
    expect(await app.session.refreshNow()).toBe('rejected');
    expect(app.session.getState().status).toBe('signed_out');
  });
});
