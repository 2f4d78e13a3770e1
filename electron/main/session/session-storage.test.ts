import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../logging/logger.ts';
import { classifyAuthAnswer, isSessionRoute } from './auth-verdict.ts';
import { EncryptedJsonFile } from './encrypted-json-file.ts';
import type { Keychain } from './keychain.ts';
import { KEYCHAIN_SERVICE, SESSION_KEY_ACCOUNT } from './keychain.ts';
import { loadOrCreateLocalKey, resolveLocalKey } from './local-key.ts';
import { SessionRemovalGuard } from './removal-guard.ts';
import { KEY_BYTES } from './sealed-box.ts';
import { SessionStorage } from './session-storage.ts';

const SESSION_KEY = 'sb-test-auth-token';
const userId = randomUUID();
const session = JSON.stringify({
  access_token: 'access',
  refresh_token: 'refresh',
  expires_at: 1_900_000_000,
  user: { id: userId, email: 'a@example.com' },
});

function newFile(path = join(mkdtempSync(join(tmpdir(), 'aterges-storage-')), 'session.sealed')) {
  return new EncryptedJsonFile({ path, key: randomBytes(KEY_BYTES), purpose: 'session' });
}

async function openStorage(file: EncryptedJsonFile | null, guard = new SessionRemovalGuard()) {
  return SessionStorage.open({
    file,
    project: 'http://127.0.0.1:1',
    sessionKey: SESSION_KEY,
    guard,
    logger: silentLogger(),
  });
}

describe('auth verdicts', () => {
  const headers = new Headers();
  it.each([
    [200, {}, 'accepted'],
    [400, { code: 'refresh_token_not_found' }, 'rejected'],
    [400, { code: 'refresh_token_already_used' }, 'rejected'],
    [403, { code: 'session_not_found' }, 'rejected'],
    [403, { error_code: 'bad_jwt' }, 'rejected'],
    [400, { error: 'invalid_grant', error_description: 'Invalid Refresh Token' }, 'rejected'],
    [500, { code: 'unexpected_failure' }, 'transient'],
    [429, { code: 'over_request_rate_limit' }, 'transient'],
    [400, { code: 'validation_failed' }, 'transient'],
    [404, null, 'transient'],
  ] as const)('status %i %j is %s', (status, body, verdict) => {
    expect(classifyAuthAnswer(status, body, headers)).toBe(verdict);
  });

  it('reads the x-sb-error-code header', () => {
    expect(
      classifyAuthAnswer(400, null, new Headers({ 'x-sb-error-code': 'session_expired' })),
    ).toBe('rejected');
  });

  it('watches only the routes whose failure removes the session', () => {
    expect(isSessionRoute(new URL('http://x/auth/v1/token?grant_type=refresh_token'))).toBe(true);
    expect(isSessionRoute(new URL('http://x/auth/v1/token?grant_type=password'))).toBe(false);
    expect(isSessionRoute(new URL('http://x/auth/v1/user'))).toBe(true);
    expect(isSessionRoute(new URL('http://x/rest/v1/integrations'))).toBe(false);
  });
});

describe('SessionStorage', () => {
  it('persists the auth map sealed and restores it in a new instance', async () => {
    const file = newFile();
    const storage = await openStorage(file);
    await storage.setItem(SESSION_KEY, session);
    const restored = await openStorage(file);
    expect(await restored.getItem(SESSION_KEY)).toBe(session);
    expect(restored.session()).toEqual({
      user: { id: userId, email: 'a@example.com' },
      secondFactor: 'none',
      expiresAt: 1_900_000_000,
    });
  });

  it('ignores a removal of the session that no rejection or sign-out authorized', async () => {
    const guard = new SessionRemovalGuard();
    const storage = await openStorage(newFile(), guard);
    await storage.setItem(SESSION_KEY, session);
    guard.noteVerdict('transient');
    await storage.removeItem(SESSION_KEY);
    expect(storage.session()).not.toBeNull();
  });

  it('removes the session after the server rejected it, once', async () => {
    const guard = new SessionRemovalGuard();
    const storage = await openStorage(newFile(), guard);
    await storage.setItem(SESSION_KEY, session);
    guard.noteVerdict('rejected');
    await storage.removeItem(SESSION_KEY);
    expect(storage.session()).toBeNull();
    await storage.setItem(SESSION_KEY, session);
    await storage.removeItem(SESSION_KEY);
    expect(storage.session()).not.toBeNull();
  });

  it('removes the session during a sign-out', async () => {
    const guard = new SessionRemovalGuard();
    const storage = await openStorage(newFile(), guard);
    await storage.setItem(SESSION_KEY, session);
    await guard.allowingRemoval(() => storage.removeItem(SESSION_KEY));
    expect(storage.session()).toBeNull();
  });

  it('always lets other entries (PKCE verifiers) and unusable sessions go', async () => {
    const storage = await openStorage(newFile());
    await storage.setItem(`${SESSION_KEY}-code-verifier`, 'verifier');
    await storage.removeItem(`${SESSION_KEY}-code-verifier`);
    expect(await storage.getItem(`${SESSION_KEY}-code-verifier`)).toBeNull();
    await storage.setItem(SESSION_KEY, '{"not":"a session"}');
    await storage.removeItem(SESSION_KEY);
    expect(await storage.getItem(SESSION_KEY)).toBeNull();
  });

  it('keeps everything in memory when there is no key, and clear() forgets it', async () => {
    const storage = await openStorage(null);
    expect(storage.persistent).toBe(false);
    await storage.setItem(SESSION_KEY, session);
    expect(storage.session()?.user.id).toBe(userId);
    await storage.clear();
    expect(storage.session()).toBeNull();
  });

  it('does not restore a session stored for another project', async () => {
    const file = newFile();
    await file.write({
      version: 1,
      project: 'https://other.supabase.co',
      items: { [SESSION_KEY]: session },
    });
    const storage = await openStorage(file);
    expect(storage.session()).toBeNull();
    expect(await file.read()).toEqual({ kind: 'missing' });
  });
});

/** An in-memory keychain for the key logic; the real keychain is used by the integration tests. */
function memoryKeychain(failWith?: string): Keychain & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  const run = <T>(operation: () => T): Promise<T> =>
    failWith ? Promise.reject(new Error(failWith)) : Promise.resolve(operation());
  return {
    entries,
    getPassword: (s, a) => run(() => entries.get(`${s}/${a}`) ?? null),
    setPassword: (s, a, p) => run(() => void entries.set(`${s}/${a}`, p)),
    deletePassword: (s, a) => run(() => entries.delete(`${s}/${a}`)),
  };
}

describe('local key', () => {
  it('creates a 256-bit key once and reuses it', async () => {
    const keychain = memoryKeychain();
    const first = await loadOrCreateLocalKey(keychain);
    expect(first).toHaveLength(32);
    expect(await loadOrCreateLocalKey(keychain)).toEqual(first);
    expect(keychain.entries.has(`${KEYCHAIN_SERVICE}/${SESSION_KEY_ACCOUNT}`)).toBe(true);
  });

  it('replaces a malformed entry', async () => {
    const keychain = memoryKeychain();
    keychain.entries.set(`${KEYCHAIN_SERVICE}/${SESSION_KEY_ACCOUNT}`, 'short');
    expect(await loadOrCreateLocalKey(keychain)).toHaveLength(32);
  });

  it('reports an unusable keychain as keychain_unavailable with a reason', async () => {
    const keychain = memoryKeychain('Cannot create an item in a locked collection');
    await expect(loadOrCreateLocalKey(keychain)).rejects.toMatchObject({
      code: 'keychain_unavailable',
    });
    const resolved = await resolveLocalKey(keychain);
    expect(resolved).toMatchObject({ available: false, key: null });
    expect(resolved.reason).toMatch(/locked/);
  });
});
