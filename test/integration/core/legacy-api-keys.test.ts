/**
 * The app given a project's legacy JWT anon key: it works while the project accepts legacy keys,
 * and once they are disabled in the dashboard (401 "Legacy API keys are disabled" from the
 * gateway) a vault call fails with `api_key_refused` and the user stays signed in, so Settings can
 * take the new publishable key. Local stack only (the gateway switch is the stand-in's).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core, TestKeychain } from '../../support/core-harness.ts';
import { startCore, testKeychain } from '../../support/core-harness.ts';
import type { SupabaseTarget } from '../../support/supabase-target.ts';
import {
  localStackOf,
  NEEDS_LOCAL_STACK,
  remoteTargetConfigured,
  startSupabaseTarget,
} from '../../support/supabase-target.ts';
import type { TestUser } from '../../support/supabase-users.ts';
import { createTestUser, deleteTestUsers } from '../../support/supabase-users.ts';

describe.skipIf(remoteTargetConfigured())(
  `legacy API keys in the app [${NEEDS_LOCAL_STACK}]`,
  () => {
    let target: SupabaseTarget;
    let keychain: TestKeychain;
    let user: TestUser;
    let app: Core;

    beforeAll(async () => {
      target = await startSupabaseTarget();
      keychain = await testKeychain();
      user = await createTestUser(target);
      app = await startCore({ target, keychain, apiKey: target.anonKey });
    });

    afterAll(async () => {
      await app?.dispose();
      await deleteTestUsers(target, [user]);
      await target?.stop();
    });

    it('works with the legacy anon key while legacy keys are enabled', async () => {
      const state = await app.session.signIn({ email: user.email, password: user.password });
      expect(state.status).toBe('signed_in');
      expect(Array.isArray(await app.vault.list())).toBe(true);
    });

    it('reports api_key_refused without signing out once legacy keys are disabled', async () => {
      const stack = localStackOf(target);
      stack.gatewaySettings.legacyApiKeysEnabled = false;
      try {
        await expect(app.vault.list()).rejects.toMatchObject({ reason: 'api_key_refused' });
        expect(app.session.getState().status).toBe('signed_in');
      } finally {
        stack.gatewaySettings.legacyApiKeysEnabled = true;
      }
    });
  },
);
