import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuthReason } from '../../../shared/auth-reasons.ts';
import type { AuthFlow, SessionState } from '../../../shared/session.ts';
import type { AuthCallback } from '../deep-link/auth-callback-url.ts';
import { createLogger } from '../logging/logger.ts';
import type { SessionService } from '../session/session-service.ts';
import type { OAuthRedirectMode } from './oauth-sign-in.ts';
import { OAuthSignIn, oauthErrorReason } from './oauth-sign-in.ts';

const PROJECT = 'https://abcdefghijklmnop.supabase.co';
const CODE = '0b6f1f5e-4c1f-4f0e-9d47-2d3f7c1a9e10';

/** The parts of SessionService the OAuth flow uses, recording what it did. */
function fakeSession(authorizeUrl = `${PROJECT}/auth/v1/authorize?provider=github`) {
  let state: SessionState = {
    status: 'signed_out',
    user: null,
    connectivity: 'online',
    secondFactor: 'none',
    lastSyncedAt: null,
    keychain: { available: true, reason: null },
    notice: null,
    flow: null,
  };
  const calls = {
    signInWithOAuth: [] as unknown[],
    exchanged: [] as AuthCallback[],
    forgotVerifier: 0,
  };
  const session = {
    client: {
      auth: {
        signInWithOAuth: (args: unknown) => {
          calls.signInWithOAuth.push(args);
          return Promise.resolve({ data: { url: authorizeUrl }, error: null });
        },
      },
    },
    getState: () => state,
    authFailure: (error: unknown) => error,
    showAuthFlow: (flow: AuthFlow | null, notice: AuthReason | null) => {
      state = { ...state, flow, notice };
      return state;
    },
    completeAuthCallback: (callback: AuthCallback) => {
      calls.exchanged.push(callback);
      state = { ...state, status: 'signed_in', flow: null, notice: null };
      return Promise.resolve(state);
    },
    forgetCodeVerifier: () => {
      calls.forgotVerifier++;
      return Promise.resolve();
    },
  };
  return { session: session as unknown as SessionService, calls, state: () => state };
}

const logs: string[] = [];
const logger = createLogger({ level: 'debug', sinks: [(line) => logs.push(line)] });

const flows: OAuthSignIn[] = [];
afterEach(async () => {
  for (const flow of flows.splice(0)) await flow.dispose();
  logs.length = 0;
});

function setUp(mode: OAuthRedirectMode = 'deep_link', authorizeUrl?: string) {
  const fake = fakeSession(authorizeUrl);
  const opened: string[] = [];
  const flow = new OAuthSignIn({
    session: fake.session,
    supabaseUrl: PROJECT,
    redirectMode: mode,
    openExternal: (url) => (opened.push(url), Promise.resolve()),
    logger,
    timeoutMs: 60_000,
  });
  flows.push(flow);
  return { ...fake, flow, opened };
}

describe('OAuthSignIn', () => {
  it('asks supabase-js for the URL with the deep link and opens it in the browser', async () => {
    const { flow, calls, opened, state } = setUp('deep_link');
    await flow.start({ provider: 'github' });
    expect(calls.signInWithOAuth).toEqual([
      {
        provider: 'github',
        options: { redirectTo: 'aterges://auth/callback', skipBrowserRedirect: true },
      },
    ]);
    expect(opened).toEqual([`${PROJECT}/auth/v1/authorize?provider=github`]);
    expect(state().flow).toEqual({ kind: 'oauth_pending', provider: 'github' });
  });

  it('uses the loopback server where the protocol is not registered', async () => {
    const { flow, calls } = setUp('loopback');
    await flow.start({ provider: 'google' });
    const { options } = calls.signInWithOAuth[0] as { options: { redirectTo: string } };
    expect(options.redirectTo).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/auth\/callback\?attempt=/);
  });

  it('opens nothing but the project’s own /auth/v1/authorize', async () => {
    for (const url of [
      'https://evil.example/auth/v1/authorize',
      `${PROJECT}/auth/v1/verify?token=x`,
      `https://user@abcdefghijklmnop.supabase.co/auth/v1/authorize`,
    ]) {
      const { flow, opened, state } = setUp('deep_link', url);
      await expect(flow.start({ provider: 'github' })).rejects.toMatchObject({
        reason: 'oauth_unavailable',
      });
      expect(opened).toEqual([]);
      expect(state().flow).toBeNull();
    }
  });

  it('refuses an unknown provider before anything happens', async () => {
    const { flow, calls } = setUp();
    await expect(flow.start({ provider: 'facebook' })).rejects.toThrow();
    expect(calls.signInWithOAuth).toEqual([]);
  });

  it('exchanges the callback of the sign-in in progress, once', async () => {
    const { flow, calls, state } = setUp();
    await flow.start({ provider: 'github' });
    expect(await flow.receiveDeepLink({ kind: 'code', code: CODE })).toBe(true);
    expect(calls.exchanged).toEqual([{ kind: 'code', code: CODE }]);
    expect(state().status).toBe('signed_in');
    // The same link again: this attempt has completed.
    expect(await flow.receiveDeepLink({ kind: 'code', code: CODE })).toBe(true);
    expect(calls.exchanged).toHaveLength(1);
    expect(logs.join('\n')).toContain('already_completed');
  });

  it('after "Cancelar", a late callback is refused and the verifier is gone', async () => {
    const { flow, calls, state } = setUp();
    await flow.start({ provider: 'github' });
    await flow.cancel();
    expect(state().flow).toBeNull();
    expect(calls.forgotVerifier).toBe(1);
    expect(await flow.receiveDeepLink({ kind: 'code', code: CODE })).toBe(true);
    expect(calls.exchanged).toEqual([]);
    expect(state().notice).toBe('oauth_refused');
    expect(logs.join('\n')).toContain('"cancelled"');
  });

  it('with no sign-in lately, a link is the e-mail flow’s', async () => {
    const { flow } = setUp();
    expect(await flow.receiveDeepLink({ kind: 'code', code: CODE })).toBe(false);
  });

  it('through the wrong door (a deep link while the loopback server waits) is refused', async () => {
    const { flow, calls, state } = setUp('loopback');
    await flow.start({ provider: 'github' });
    expect(await flow.receiveDeepLink({ kind: 'code', code: CODE })).toBe(true);
    expect(calls.exchanged).toEqual([]);
    expect(state().notice).toBe('oauth_refused');
    expect(flow.pending).toBe(true);
  });

  it('an error redirect ends the sign-in with its reason', async () => {
    const { flow, calls, state } = setUp();
    await flow.start({ provider: 'google' });
    await flow.receiveDeepLink({ kind: 'error', errorCode: null, error: 'access_denied' });
    expect(state()).toMatchObject({ flow: null, notice: 'oauth_denied' });
    expect(calls.forgotVerifier).toBe(1);
  });

  it('times out', async () => {
    vi.useFakeTimers();
    try {
      const { flow, state } = setUp();
      await flow.start({ provider: 'github' });
      await vi.advanceTimersByTimeAsync(60_001);
      expect(state()).toMatchObject({ flow: null, notice: 'oauth_timed_out' });
      expect(flow.pending).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('oauthErrorReason', () => {
  it.each<[Extract<AuthCallback, { kind: 'error' }>, AuthReason]>([
    [{ kind: 'error', errorCode: null, error: 'access_denied' }, 'oauth_denied'],
    [{ kind: 'error', errorCode: null, error: 'server_error' }, 'link_failed'],
    [{ kind: 'error', errorCode: 'signup_disabled', error: 'access_denied' }, 'signup_disabled'],
    [{ kind: 'error', errorCode: 'user_banned', error: 'access_denied' }, 'account_suspended'],
    [{ kind: 'error', errorCode: 'flow_state_not_found' }, 'link_expired'],
    [{ kind: 'error', errorCode: 'bad_oauth_state' }, 'oauth_refused'],
  ])('%j → %s', (callback, reason) => {
    expect(oauthErrorReason(callback)).toBe(reason);
  });
});
