/**
 * A TOTP second factor through real supabase-js against the local Auth stand-in, and the
 * database's demand for it over HTTP (issue #13 §2): enrol, challenge and verify with a real
 * RFC 6238 code (otpauth); the access token steps up to aal2; with a verified factor, a
 * password-only (aal1) session cannot read or write credentials through PostgREST, and after
 * verify it can; without a factor nothing changes.
 */
import type { AuthError } from '@supabase/supabase-js';
import { decodeJwt } from 'jose';
import { Secret, TOTP } from 'otpauth';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../support/supabase-clients.ts';
import { signedInClient } from '../../support/supabase-clients.ts';
import type { SupabaseTarget } from '../../support/supabase-target.ts';
import {
  localStackOf,
  remoteTargetConfigured,
  startSupabaseTarget,
} from '../../support/supabase-target.ts';
import type { TestUser } from '../../support/supabase-users.ts';
import { createTestUser, deleteTestUsers } from '../../support/supabase-users.ts';

const remote = remoteTargetConfigured();
let target: SupabaseTarget;
let admin: pg.Pool | undefined;
const users: TestUser[] = [];

beforeAll(async () => {
  target = await startSupabaseTarget();
  if (!remote) {
    admin = new pg.Pool({ connectionString: localStackOf(target).database.adminUrl, max: 2 });
  }
});

afterAll(async () => {
  await admin?.end();
  await deleteTestUsers(target, users);
  await target.stop();
});

async function newUser(label: string): Promise<TestUser> {
  const user = await createTestUser(target, { label });
  users.push(user);
  return user;
}

/** The code an authenticator app would show now for `secret`. */
function codeFor(secret: string, offsetSteps = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });
  return totp.generate({ timestamp: Date.now() + offsetSteps * 30_000 });
}

function aalOf(accessToken: string): unknown {
  return decodeJwt(accessToken).aal;
}

async function accessToken(client: TestClient): Promise<string> {
  const { data } = await client.auth.getSession();
  return data.session!.access_token;
}

/** Signs in, enrols a TOTP factor and verifies it; returns the signed-in client and the secret. */
async function enrolled(
  user: TestUser,
): Promise<{ client: TestClient; factorId: string; secret: string }> {
  const client = await signedInClient(target, user);
  const { data, error } = await client.auth.mfa.enroll({
    factorType: 'totp',
    friendlyName: 'móvil',
  });
  if (error) throw error;
  const secret = data.totp.secret;
  const verified = await client.auth.mfa.challengeAndVerify({
    factorId: data.id,
    code: codeFor(secret),
  });
  if (verified.error) throw verified.error;
  return { client, factorId: data.id, secret };
}

async function createIntegration(client: TestClient, name: string) {
  return client.rpc('create_integration_with_vault', {
    p_name: name,
    p_type: 'openai',
    p_credentials: `sk-proj-CANARYmfa${Date.now()}abcdefghijklmnop`,
  });
}

describe('enrolment', () => {
  it('returns a QR code, the secret and an otpauth URI; the factor is unverified until verify', async () => {
    const user = await newUser('mfa-enrol');
    const client = await signedInClient(target, user);
    const { data, error } = await client.auth.mfa.enroll({
      factorType: 'totp',
      friendlyName: 'portátil',
    });
    expect(error).toBeNull();
    expect(data!.type).toBe('totp');
    // auth-js wraps Auth's bare SVG document into a data URL.
    expect(data!.totp.qr_code).toMatch(/^data:image\/svg\+xml;utf-8,<svg[\s\S]*<\/svg>\s*$/);
    expect(data!.totp.uri).toMatch(/^otpauth:\/\/totp\/.+secret=/);
    expect(data!.totp.secret).toMatch(/^[A-Z2-7]+=*$/);
    const { data: factors } = await client.auth.mfa.listFactors();
    expect(factors!.all.map((factor) => [factor.friendly_name, factor.status])).toEqual([
      ['portátil', 'unverified'],
    ]);
    // An unverified enrolment does not raise what the session is expected to reach.
    const { data: levels } = await client.auth.mfa.getAuthenticatorAssuranceLevel();
    expect(levels).toMatchObject({ currentLevel: 'aal1', nextLevel: 'aal1' });
  });

  it('a second factor with the same name is refused', async () => {
    const user = await newUser('mfa-name');
    const client = await signedInClient(target, user);
    await client.auth.mfa.enroll({ factorType: 'totp', friendlyName: 'móvil' });
    const { error } = await client.auth.mfa.enroll({ factorType: 'totp', friendlyName: 'móvil' });
    expect(error).toMatchObject({ status: 422, code: 'mfa_factor_name_conflict' });
  });

  it('verify steps the session up to aal2 with totp in amr, and it stays there after a refresh', async () => {
    const { client } = await enrolled(await newUser('mfa-verify'));
    const token = await accessToken(client);
    expect(aalOf(token)).toBe('aal2');
    expect((decodeJwt(token).amr as { method: string }[]).map((entry) => entry.method)).toEqual([
      'totp',
      'password',
    ]);
    const { data: refreshed, error } = await client.auth.refreshSession();
    expect(error).toBeNull();
    expect(aalOf(refreshed.session!.access_token)).toBe('aal2');
  });
});

describe('signing in with a verified factor', () => {
  it('starts at aal1 and asks for aal2; a wrong code and a used challenge are refused', async () => {
    const user = await newUser('mfa-signin');
    const { factorId, secret } = await enrolled(user);
    const client = await signedInClient(target, user);
    expect(aalOf(await accessToken(client))).toBe('aal1');
    const { data: levels } = await client.auth.mfa.getAuthenticatorAssuranceLevel();
    expect(levels).toMatchObject({ currentLevel: 'aal1', nextLevel: 'aal2' });

    const { data: challenge } = await client.auth.mfa.challenge({ factorId });
    const wrong = await client.auth.mfa.verify({
      factorId,
      challengeId: challenge!.id,
      code: codeFor(secret, 10),
    });
    expect(wrong.error).toMatchObject({ status: 422, code: 'mfa_verification_failed' });

    const right = await client.auth.mfa.verify({
      factorId,
      challengeId: challenge!.id,
      code: codeFor(secret),
    });
    expect(right.error).toBeNull();
    expect(aalOf(right.data!.access_token)).toBe('aal2');

    const reused = await client.auth.mfa.verify({
      factorId,
      challengeId: challenge!.id,
      code: codeFor(secret),
    });
    expect((reused.error as AuthError).code).toBe('mfa_ip_address_mismatch');
  });

  it.skipIf(remote)(
    'an expired challenge is refused with its own code [local stack only]',
    async () => {
      const user = await newUser('mfa-expired');
      const { factorId, secret } = await enrolled(user);
      const client = await signedInClient(target, user);
      const { data: challenge } = await client.auth.mfa.challenge({ factorId });
      await admin!.query(
        `update auth.mfa_challenges set created_at = now() - interval '6 minutes' where id = $1`,
        [challenge!.id],
      );
      const { error } = await client.auth.mfa.verify({
        factorId,
        challengeId: challenge!.id,
        code: codeFor(secret),
      });
      expect(error).toMatchObject({ status: 422, code: 'mfa_challenge_expired' });
    },
  );

  it('removing a verified factor needs aal2', async () => {
    const user = await newUser('mfa-unenroll');
    const { factorId } = await enrolled(user);
    const passwordOnly = await signedInClient(target, user);
    const refused = await passwordOnly.auth.mfa.unenroll({ factorId });
    expect(refused.error).toMatchObject({ status: 422, code: 'insufficient_aal' });
  });

  it("cannot touch another user's factor", async () => {
    const owner = await enrolled(await newUser('mfa-owner'));
    const stranger = await signedInClient(target, await newUser('mfa-stranger'));
    const { error } = await stranger.auth.mfa.challenge({ factorId: owner.factorId });
    expect(error).toMatchObject({ status: 403, code: 'mfa_factor_not_found' });
  });
});

describe('the database over HTTP', () => {
  it('refuses credential reads and writes at aal1 once a factor is verified, and allows them at aal2', async () => {
    const user = await newUser('mfa-db');
    const { client: stepped, factorId, secret } = await enrolled(user);
    const created = await createIntegration(stepped, 'Producción');
    expect(created.error).toBeNull();
    const id = created.data as string;

    const passwordOnly = await signedInClient(target, user);
    const read = await passwordOnly.rpc('get_integration_credentials', { p_integration_id: id });
    expect(read.status).toBe(403);
    expect(read.error).toMatchObject({ code: '28M01', message: 'Second factor required' });
    expect(JSON.stringify(read)).not.toContain('CANARYmfa');
    const write = await createIntegration(passwordOnly, 'Otra');
    expect(write.error).toMatchObject({ code: '28M01' });
    // The metadata list stays readable, so the app can ask for the code.
    const list = await passwordOnly.from('integrations').select('id, name');
    expect(list.data).toEqual([{ id, name: 'Producción' }]);

    const verified = await passwordOnly.auth.mfa.challengeAndVerify({
      factorId,
      code: codeFor(secret),
    });
    expect(verified.error).toBeNull();
    const after = await passwordOnly.rpc('get_integration_credentials', { p_integration_id: id });
    expect(after.error).toBeNull();
    expect(after.data).toContain('CANARYmfa');
  });

  it('a user without a factor reads at aal1 as before', async () => {
    const client = await signedInClient(target, await newUser('mfa-none'));
    const created = await createIntegration(client, 'Sin factor');
    expect(created.error).toBeNull();
    const read = await client.rpc('get_integration_credentials', {
      p_integration_id: created.data,
    });
    expect(read.error).toBeNull();
  });
});
