/**
 * Two-step verification as the app does it (issue #13 §2), through the app's own services
 * against the local stack: enrol (setup key shown once, QR rows), confirm with a real TOTP code,
 * sign out and in again → the session needs the code and the vault refuses the keys with
 * `second_factor_required` until it is verified; wrong and reused codes have their reasons; a
 * restart restores the session still needing the code; removing the factor needs a code. The
 * setup key and the codes never reach the log.
 */
import { Secret, TOTP } from 'otpauth';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { KEYCHAIN_SERVICE, SESSION_KEY_ACCOUNT } from '../../../electron/main/session/keychain.ts';
import type { Core, TestKeychain } from '../../support/core-harness.ts';
import { startCore, testKeychain } from '../../support/core-harness.ts';
import { canaryCredentials } from '../../support/core-canaries.ts';
import type { SupabaseTarget } from '../../support/supabase-target.ts';
import { startSupabaseTarget } from '../../support/supabase-target.ts';
import type { TestUser } from '../../support/supabase-users.ts';
import { createTestUser, deleteTestUsers } from '../../support/supabase-users.ts';

let target: SupabaseTarget;
let keychain: TestKeychain;
const users: TestUser[] = [];
const cores: Core[] = [];

beforeAll(async () => {
  target = await startSupabaseTarget();
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

async function core(dataDir?: string): Promise<Core> {
  const started = await startCore({ target, keychain, ...(dataDir ? { dataDir } : {}) });
  cores.push(started);
  return started;
}

function codeFor(secret: string, offsetSteps = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp: Date.now() + offsetSteps * 30_000,
  });
}

async function signedIn(user: TestUser, dataDir?: string): Promise<Core> {
  const app = await core(dataDir);
  await app.session.signIn({ email: user.email, password: user.password });
  return app;
}

describe('two-step verification through the app', () => {
  it('enrols, then asks for the code at the next sign-in before the keys open', async () => {
    const user = await createTestUser(target, { label: 'app-mfa' });
    users.push(user);
    const first = await signedIn(user);
    expect(first.session.getState().secondFactor).toBe('none');

    const enrolment = await first.secondFactor.enroll({ friendlyName: 'Móvil' });
    expect(enrolment.secret).toMatch(/^[A-Z2-7]+=*$/);
    expect(enrolment.qrRows.length).toBeGreaterThanOrEqual(21);
    expect(new Set(enrolment.qrRows.map((row) => row.length))).toEqual(
      new Set([enrolment.qrRows.length]),
    );
    // A wrong first code leaves it off.
    await expect(
      first.secondFactor.confirm({
        factorId: enrolment.factorId,
        code: codeFor(enrolment.secret, 20),
      }),
    ).rejects.toMatchObject({ reason: 'second_factor_code_wrong', field: 'code' });
    const confirmed = await first.secondFactor.confirm({
      factorId: enrolment.factorId,
      code: codeFor(enrolment.secret),
    });
    expect(confirmed.secondFactor).toBe('verified');
    const created = await first.vault.create({
      type: 'openai',
      name: 'Producción',
      credentials: canaryCredentials('openai'),
      config: {},
      verify: false,
    });
    expect(await first.secondFactor.list()).toEqual([
      expect.objectContaining({ id: enrolment.factorId, friendlyName: 'Móvil' }),
    ]);
    await first.signOut();

    const second = await signedIn(user);
    expect(second.session.getState()).toMatchObject({
      status: 'signed_in',
      secondFactor: 'needed',
    });
    // The metadata list is readable, the keys are not.
    expect((await second.vault.list()).map((row) => row.id)).toEqual([created.id]);
    await expect(
      second.vault.useCredentials(created.id, () => Promise.resolve('read')),
    ).rejects.toMatchObject({ code: 'not_authenticated', reason: 'second_factor_required' });
    await expect(
      second.secondFactor.verify({ code: codeFor(enrolment.secret, 20) }),
    ).rejects.toMatchObject({
      reason: 'second_factor_code_wrong',
    });
    await expect(second.secondFactor.verify({ code: '12345' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    const verified = await second.secondFactor.verify({ code: ` ${codeFor(enrolment.secret)} ` });
    expect(verified.secondFactor).toBe('verified');
    await expect(
      second.vault.useCredentials(created.id, () => Promise.resolve('read')),
    ).resolves.toBe('read');

    // Nothing the user typed or was shown is in the log.
    for (const app of [first, second]) {
      expect(app.logs.text()).not.toContain(enrolment.secret);
      expect(app.logs.text()).not.toContain(codeFor(enrolment.secret));
    }
  });

  it('a restart restores a password-only session still needing the code', async () => {
    const user = await createTestUser(target, { label: 'app-mfa-restart' });
    users.push(user);
    const first = await signedIn(user);
    const enrolment = await first.secondFactor.enroll({ friendlyName: 'Tableta' });
    await first.secondFactor.confirm({
      factorId: enrolment.factorId,
      code: codeFor(enrolment.secret),
    });
    await first.signOut();
    const passwordOnly = await signedIn(user);
    expect(passwordOnly.session.getState().secondFactor).toBe('needed');
    const dataDir = passwordOnly.dataDir;
    await passwordOnly.dispose();
    cores.splice(cores.indexOf(passwordOnly), 1);

    const restarted = await core(dataDir);
    expect(restarted.session.getState()).toMatchObject({
      status: 'signed_in',
      secondFactor: 'needed',
    });
  });

  it('removing the factor needs a current code, and then the password alone opens the keys', async () => {
    const user = await createTestUser(target, { label: 'app-mfa-remove' });
    users.push(user);
    const app = await signedIn(user);
    const enrolment = await app.secondFactor.enroll({ friendlyName: 'Móvil' });
    // An abandoned enrolment is replaced by the next one instead of blocking its name.
    const again = await app.secondFactor.enroll({ friendlyName: 'Móvil' });
    expect(again.factorId).not.toBe(enrolment.factorId);
    await app.secondFactor.confirm({ factorId: again.factorId, code: codeFor(again.secret) });
    await expect(
      app.secondFactor.remove({ factorId: again.factorId, code: codeFor(again.secret, 20) }),
    ).rejects.toMatchObject({ reason: 'second_factor_code_wrong' });
    const state = await app.secondFactor.remove({
      factorId: again.factorId,
      code: codeFor(again.secret),
    });
    expect(state.secondFactor).toBe('none');
    expect(await app.secondFactor.list()).toEqual([]);
    await app.signOut();
    const later = await signedIn(user);
    expect(later.session.getState().secondFactor).toBe('none');
  });
});
