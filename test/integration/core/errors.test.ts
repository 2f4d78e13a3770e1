/**
 * Every error kind of the core, each caused by a real failure: a signed-out client, another
 * user's id, a bad field, a duplicate name, a server that cannot be reached, a server that answers
 * 503, and a desktop without a Secret Service.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import type { SessionState } from '../../../shared/session.ts';
import { canaryCredentials } from '../../support/core-canaries.ts';
import type { Core, TestKeychain } from '../../support/core-harness.ts';
import { startCore, testKeychain } from '../../support/core-harness.ts';
import type { SupabaseTarget } from '../../support/supabase-target.ts';
import {
  faultsOf,
  NEEDS_LOCAL_STACK,
  remoteTargetConfigured,
  startSupabaseTarget,
} from '../../support/supabase-target.ts';
import type { TestUser } from '../../support/supabase-users.ts';
import { createTestUser, deleteTestUsers } from '../../support/supabase-users.ts';

let target: SupabaseTarget;
let keychain: TestKeychain;
let user: TestUser;
let other: TestUser;
let core: Core;
let otherCore: Core;

async function caught(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const openAi = (name: string) => ({
  type: 'openai' as const,
  name,
  credentials: canaryCredentials('openai'),
  config: {},
  verify: false,
});

beforeAll(async () => {
  target = await startSupabaseTarget();
  keychain = await testKeychain();
  user = await createTestUser(target, { label: 'core-errors' });
  other = await createTestUser(target, { label: 'core-errors-other' });
  core = await startCore({ target, keychain });
  await core.session.signIn({ email: user.email, password: user.password });
  await core.offline.start();
  otherCore = await startCore({ target, keychain });
  await otherCore.session.signIn({ email: other.email, password: other.password });
});

afterAll(async () => {
  await core?.dispose();
  await otherCore?.dispose();
  await deleteTestUsers(target, [user, other].filter(Boolean));
  await target?.stop();
});

describe('not_authenticated', () => {
  it('comes from a signed-out client, before anything goes out as anonymous', async () => {
    const signedOut = await startCore({ target, keychain });
    try {
      expect(signedOut.session.getState().status).toBe('signed_out');
      expect((await caught(signedOut.vault.list())).code).toBe('not_authenticated');
      expect((await caught(signedOut.vault.create(openAi('x')))).code).toBe('not_authenticated');
    } finally {
      await signedOut.dispose();
    }
  });

  it('comes from a wrong password', async () => {
    const fresh = await startCore({ target, keychain });
    try {
      const error = await caught(
        fresh.session.signIn({ email: user.email, password: 'wrong-password' }),
      );
      expect(error).toMatchObject({ code: 'not_authenticated', reason: 'wrong_credentials' });
      expect(error.message).not.toContain('wrong-password');
    } finally {
      await fresh.dispose();
    }
  });
});

describe('not_found', () => {
  it("comes from another user's id, exactly as from an id that never existed", async () => {
    const theirs = await otherCore.vault.create(openAi(`theirs ${Date.now()}`));
    const stranger = await caught(core.vault.get(theirs.id));
    const missing = await caught(core.vault.get('00000000-0000-4000-8000-000000000000'));
    expect(stranger.code).toBe('not_found');
    expect(stranger.toPayload()).toEqual(missing.toPayload());
    expect((await caught(core.vault.delete(theirs.id))).code).toBe('not_found');
    await otherCore.vault.delete(theirs.id);
  });
});

describe('invalid_input', () => {
  it('names the bad field of a credential, without echoing it', async () => {
    const error = await caught(
      core.vault.create({
        ...openAi('bad key'),
        credentials: { apiKey: 'not-a-key CANARY-typed' },
      }),
    );
    expect(error.toPayload()).toMatchObject({ code: 'invalid_input', field: 'credentials.apiKey' });
    expect(error.message).not.toContain('CANARY');
  });

  it('names the bad field of a provider setting', async () => {
    const created = await core.vault.create({
      type: 'aws',
      name: `aws ${Date.now()}`,
      credentials: canaryCredentials('aws'),
      config: { region: 'us-east-1' },
      verify: false,
    });
    const error = await caught(core.vault.update({ id: created.id, config: { region: 'Mars' } }));
    expect(error.toPayload()).toMatchObject({ code: 'invalid_input', field: 'config.region' });
    const unknownKey = await caught(
      core.vault.update({ id: created.id, config: { secretAccessKey: 'x' } }),
    );
    expect(unknownKey.code).toBe('invalid_input');
    await core.vault.delete(created.id);
  });

  it('maps the database’s own check (22023) to the field it names', async () => {
    // Control characters pass the shared schema; the database function refuses them.
    const error = await caught(core.vault.create(openAi('bad\u0007name')));
    expect(error.toPayload()).toMatchObject({ code: 'invalid_input', field: 'name' });
  });

  it('refuses rotating with credentials of another provider type', async () => {
    const created = await core.vault.create(openAi(`rotate ${Date.now()}`));
    const error = await caught(
      core.vault.rotateCredentials(created.id, 'aws', canaryCredentials('aws')),
    );
    expect(error.toPayload()).toMatchObject({ code: 'invalid_input', field: 'type' });
    await core.vault.delete(created.id);
  });
});

describe('conflict', () => {
  it('comes from a duplicate name (case-insensitive)', async () => {
    const name = `Duplicate ${Date.now()}`;
    const first = await core.vault.create(openAi(name));
    const error = await caught(core.vault.create(openAi(name.toUpperCase())));
    expect(error.toPayload()).toMatchObject({ code: 'conflict', field: 'name' });
    const second = await core.vault.create(openAi(`${name} 2`));
    expect((await caught(core.vault.update({ id: second.id, name }))).code).toBe('conflict');
    await core.vault.delete(first.id);
    await core.vault.delete(second.id);
  });
});

describe.skipIf(remoteTargetConfigured())(
  `network and server failures [${NEEDS_LOCAL_STACK}]`,
  () => {
    afterEach(async () => {
      await faultsOf(target).restore();
      await core.offline.reconnectNow();
      expect(core.session.getState().connectivity).toBe('online');
    });

    it('offline: the server cannot be reached; later writes are refused without a network call', async () => {
      await faultsOf(target).setUnreachable(true);
      expect((await caught(core.vault.list())).code).toBe('offline');
      // The failed call told the monitor; the app is now offline and refuses writes up front.
      expect(core.session.getState().connectivity).toBe('offline');
      const refused = await caught(core.vault.create(openAi('while offline')));
      expect(refused.code).toBe('offline');
    });

    it('server_error: the project answers 503', async () => {
      faultsOf(target).status503 = true;
      expect((await caught(core.vault.list())).code).toBe('server_error');
    });
  },
);

describe.runIf(process.platform === 'linux')('keychain_unavailable', () => {
  it('comes from a desktop without a Secret Service; the app still works, in memory only', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'aterges-nokeychain-'));
    // Asynchronously: the local stack serves from this very process.
    const child = await promisify(execFile)(
      process.execPath,
      [join(import.meta.dirname, '../../support/core-keychain-child.ts')],
      {
        encoding: 'utf8',
        timeout: 60_000,
        env: {
          ...process.env,
          // A session bus that does not exist: libsecret cannot reach any Secret Service.
          DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/aterges-test-bus',
          DISPLAY: '',
          CORE_SUPABASE_URL: target.url,
          CORE_SUPABASE_ANON_KEY: target.publishableKey,
          CORE_EMAIL: user.email,
          CORE_PASSWORD: user.password,
          CORE_DATA_DIR: dataDir,
        },
      },
    );
    const report = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as {
      direct: { ok: boolean; code?: string; message?: string };
      localKey: { available: boolean; reason: string | null };
      before: SessionState;
      after: SessionState;
      listed: number;
      files: string[];
    };
    expect(report.direct).toMatchObject({ ok: false, code: 'keychain_unavailable' });
    expect(report.localKey.available).toBe(false);
    expect(report.localKey.reason).toBe('keychain_missing');
    expect(report.after).toMatchObject({
      status: 'signed_in',
      user: { id: user.id },
      keychain: { available: false, reason: report.localKey.reason },
    });
    expect(report.listed).toBeGreaterThanOrEqual(0);
    // Never a plaintext (or any) session file when there is no key to seal it with.
    expect(report.files).toEqual([]);
    expect(readdirSync(dataDir)).toEqual([]);
  });
});
