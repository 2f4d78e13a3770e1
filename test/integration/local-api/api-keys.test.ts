/**
 * The local API keyed like a new hosted project, through the real supabase-js: publishable and
 * secret keys, the legacy JWT keys and their switch, ES256 access tokens with a public JWKS, the
 * HS256 switch, and tampered tokens refused by PostgREST and Realtime. Local stack only (the
 * switches and the JWT secret are the stand-in's).
 */
import { randomBytes } from 'node:crypto';
import { createClient } from '@supabase/supabase-js';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import type { JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscribeLive } from '../../support/live-channel.ts';
import type { LooseDatabase, TestClient } from '../../support/supabase-clients.ts';
import { serviceRoleClient, signedInClient } from '../../support/supabase-clients.ts';
import type { SupabaseTarget } from '../../support/supabase-target.ts';
import {
  localStackOf,
  NEEDS_LOCAL_STACK,
  remoteTargetConfigured,
  startSupabaseTarget,
} from '../../support/supabase-target.ts';
import type { TestUser } from '../../support/supabase-users.ts';
import { createTestUser, deleteTestUsers } from '../../support/supabase-users.ts';

const BROWSER_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';

function clientWithKey(target: SupabaseTarget, key: string): TestClient {
  return createClient<LooseDatabase>(target.url, key, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    db: { retry: false },
  });
}

async function createIntegration(client: TestClient): Promise<string> {
  const { data, error } = await client.rpc('create_integration_with_vault', {
    p_name: `keys-${randomBytes(4).toString('hex')}`,
    p_type: 'openai',
    p_credentials: `sk-canary-${randomBytes(24).toString('hex')}`,
  });
  if (error) throw new Error(`create failed: ${error.message}`);
  return data as string;
}

async function accessTokenOf(client: TestClient): Promise<string> {
  const { data } = await client.auth.getSession();
  return data.session!.access_token;
}

/** Flips one character of the signature: same header and claims, a signature that fails. */
function tamper(token: string): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const flipped = (signature[10] === 'A' ? 'B' : 'A') + signature.slice(11);
  return `${header}.${payload}.${signature.slice(0, 10)}${flipped}`;
}

describe.skipIf(remoteTargetConfigured())(
  `API keys and signing keys [${NEEDS_LOCAL_STACK}]`,
  () => {
    let target: SupabaseTarget;
    let alice: TestUser;

    beforeAll(async () => {
      target = await startSupabaseTarget();
      alice = await createTestUser(target);
    });

    afterAll(async () => {
      await deleteTestUsers(target, [alice]);
      await target.stop();
    });

    it('hands out keys shaped like a hosted project', () => {
      expect(target.publishableKey).toMatch(/^sb_publishable_[A-Za-z0-9]{22}_[A-Za-z0-9]{8}$/);
      expect(target.secretKey).toMatch(/^sb_secret_[A-Za-z0-9]{22}_[A-Za-z0-9]{8}$/);
    });

    it('signs in and calls an RPC with the publishable key', async () => {
      const client = await signedInClient(target, alice);
      const id = await createIntegration(client);
      const { data, error } = await client.from('integrations').select('id').eq('id', id);
      expect(error).toBeNull();
      expect(data).toEqual([{ id }]);
    });

    it('signed out, the publishable key acts as anon', async () => {
      const { error, status } = await clientWithKey(target, target.publishableKey).rpc(
        'create_integration_with_vault',
        { p_name: 'x', p_type: 'openai', p_credentials: 'sk-x' },
      );
      // anon may not call it: 401 without a user JWT, as with the legacy anon key.
      expect(error).not.toBeNull();
      expect(status).toBe(401);
    });

    it('the secret key acts as service_role: Auth admin and RLS bypass', async () => {
      const admin = serviceRoleClient(target);
      const email = `keys-admin-${randomBytes(4).toString('hex')}@example.com`;
      const created = await admin.auth.admin.createUser({ email, password: 'Admin-pass-12345' });
      expect(created.error).toBeNull();
      const owner = await signedInClient(target, alice);
      const id = await createIntegration(owner);
      const { data } = await admin.from('integrations').select('id').eq('id', id);
      expect(data).toEqual([{ id }]);
      await admin.auth.admin.deleteUser(created.data.user!.id);
    });

    it('refuses the secret key from a browser', async () => {
      const response = await fetch(`${target.url}/rest/v1/integrations?select=id`, {
        headers: { apikey: target.secretKey, 'user-agent': BROWSER_UA },
      });
      expect(response.status).toBe(401);
      const body = await response.text();
      // The refusal names the misuse, never the key.
      expect(body).not.toContain(target.secretKey);
      expect((JSON.parse(body) as { message: string }).message).toBe(
        'Forbidden use of secret API key in browser',
      );
    });

    it('serves the public JWKS without a key, and access tokens verify with it', async () => {
      const response = await fetch(`${target.url}/auth/v1/.well-known/jwks.json`);
      expect(response.status).toBe(200);
      const jwks = (await response.json()) as JSONWebKeySet;
      expect(jwks.keys).toHaveLength(1);
      const [key] = jwks.keys;
      expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
      expect(key!.kid).toBe(localStackOf(target).signingKeyId);
      expect(key).not.toHaveProperty('d');

      const token = await accessTokenOf(await signedInClient(target, alice));
      expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'ES256', kid: key!.kid });
      const { payload } = await jwtVerify(token, createLocalJWKSet(jwks));
      expect(payload).toMatchObject({ sub: alice.id, role: 'authenticated' });
    });

    it('signs HS256 tokens with the legacy secret when switched, and they work', async () => {
      const stack = localStackOf(target);
      stack.authSettings.jwtAlgorithm = 'HS256';
      try {
        const client = await signedInClient(target, alice);
        const token = await accessTokenOf(client);
        expect(decodeProtectedHeader(token).alg).toBe('HS256');
        await jwtVerify(token, new TextEncoder().encode(stack.jwtSecret));
        await createIntegration(client);
        const user = await client.auth.getUser();
        expect(user.error).toBeNull();
      } finally {
        stack.authSettings.jwtAlgorithm = 'ES256';
      }
    });

    it('PostgREST refuses a tampered ES256 token with 401 PGRST301', async () => {
      const token = tamper(await accessTokenOf(await signedInClient(target, alice)));
      const response = await fetch(`${target.url}/rest/v1/integrations?select=id`, {
        headers: { apikey: target.publishableKey, authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(401);
      expect(((await response.json()) as { code: string }).code).toBe('PGRST301');
    });

    it('Realtime refuses a join with a tampered ES256 token', async () => {
      const client = await signedInClient(target, alice);
      const token = await accessTokenOf(client);
      await client.realtime.setAuth(tamper(token));
      const live = subscribeLive(client, `user:${alice.id}:integrations`, { private: true });
      try {
        expect(await live.waitForStatus(['SUBSCRIBED', 'CHANNEL_ERROR', 'CLOSED'])).not.toBe(
          'SUBSCRIBED',
        );
      } finally {
        await client.removeAllChannels();
      }
    });

    it("Realtime accepts a signed-in user's ES256 token on a publishable-key socket", async () => {
      const client = await signedInClient(target, alice);
      const live = subscribeLive(client, `user:${alice.id}:integrations`, { private: true });
      try {
        expect(await live.waitForStatus(['SUBSCRIBED', 'CHANNEL_ERROR', 'CLOSED'])).toBe(
          'SUBSCRIBED',
        );
      } finally {
        await client.removeAllChannels();
      }
    });

    describe('legacy JWT keys', () => {
      it('still work while enabled', async () => {
        const client = clientWithKey(target, target.anonKey);
        const signIn = await client.auth.signInWithPassword({
          email: alice.email,
          password: alice.password,
        });
        expect(signIn.error).toBeNull();
        await createIntegration(client);
      });

      it('are refused with 401 "Legacy API keys are disabled" once disabled', async () => {
        const stack = localStackOf(target);
        stack.gatewaySettings.legacyApiKeysEnabled = false;
        try {
          const legacy = clientWithKey(target, target.anonKey);
          const signIn = await legacy.auth.signInWithPassword({
            email: alice.email,
            password: alice.password,
          });
          expect(signIn.error?.status).toBe(401);
          const response = await fetch(`${target.url}/rest/v1/integrations?select=id`, {
            headers: { apikey: target.serviceRoleKey },
          });
          expect(response.status).toBe(401);
          expect(((await response.json()) as { message: string }).message).toBe(
            'Legacy API keys are disabled',
          );
          // The new keys are unaffected.
          await createIntegration(await signedInClient(target, alice));
        } finally {
          stack.gatewaySettings.legacyApiKeysEnabled = true;
        }
      });
    });
  },
);
