import { AppError } from '../../../shared/errors.ts';
import type { MockHandlersOf } from './mock-handler-types.ts';
import { createMockSecondFactorHandlers } from './mock-second-factor.ts';
import { DEMO_USER_ID, type MockSession } from './mock-session-state.ts';
import { sleep } from './mock-timing.ts';

/*
 * DEVELOPMENT ONLY: the mock main process's session channels. `wrong-password` is a wrong
 * password; an e-mail starting with `slow` meets Auth's e-mail rate limit.
 */

interface SessionDeps {
  session: MockSession;
  /** Throws as main does without a project. */
  configured: () => void;
  /** Throws as main does without a project or a server. */
  online: () => void;
  releaseLock: () => void;
  /** Pushes the integration list, as main does when it is back online. */
  announceList: () => void;
}

export function createMockSessionHandlers({
  session,
  configured,
  online,
  releaseLock,
  announceList,
}: SessionDeps): MockHandlersOf<'session:'> {
  const signedOut = () => session.set({ status: 'signed_out', user: null, flow: null });
  const afterServer = async (ms: number) => {
    online();
    await sleep(ms);
  };
  return {
    ...createMockSecondFactorHandlers(session),
    'session:get-state': () => (configured(), session.get()),
    'session:sign-up': async ({ email }) => {
      await afterServer(600);
      return session.set({ status: 'signed_out', flow: { kind: 'confirm_sign_up', email } });
    },
    'session:sign-in': async ({ email, password }) => {
      await afterServer(600);
      if (password === 'wrong-password')
        throw new AppError('not_authenticated', 'wrong_credentials');
      return session.set({
        status: 'signed_in',
        user: { id: DEMO_USER_ID, email },
        notice: null,
        flow: null,
      });
    },
    'session:sign-out': () => {
      releaseLock();
      return signedOut();
    },
    'session:resend-confirmation': async ({ email }) => {
      await afterServer(500);
      if (email.startsWith('slow'))
        throw new AppError('rate_limited', 'email_rate_limited', {
          params: { retryAfterSeconds: 42 },
        });
      return session.set({ flow: { kind: 'confirm_sign_up', email } });
    },
    'session:request-password-reset': async ({ email }) => {
      await afterServer(500);
      return session.set({ flow: { kind: 'reset_sent', email }, notice: null });
    },
    'session:set-new-password': async () => {
      await afterServer(500);
      return session.set({ flow: null, notice: null });
    },
    'session:change-password': async ({ currentPassword }) => {
      await afterServer(500);
      if (currentPassword === 'wrong-password')
        throw new AppError('invalid_input', 'current_password_wrong', { field: 'currentPassword' });
      return session.get();
    },
    'session:leave-flow': () => session.set({ flow: null, notice: null }),
    'session:sign-out-everywhere': signedOut,
    'session:oauth-providers': () => ({ providers: ['github', 'google'] }),
    // The browser never comes back in the mock: "Cancelar" ends the wait.
    'session:oauth-start': ({ provider }) =>
      session.set({ flow: { kind: 'oauth_pending', provider }, notice: null }),
    'session:oauth-cancel': () => session.set({ flow: null, notice: null }),
    'session:reconnect': async () => {
      session.set({ connectivity: 'connecting' });
      await sleep(900);
      const next = session.set({ connectivity: 'online', lastSyncedAt: new Date().toISOString() });
      announceList();
      return next;
    },
  };
}
