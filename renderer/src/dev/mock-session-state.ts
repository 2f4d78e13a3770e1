import type { SessionState } from '../../../shared/session.ts';
import type { MockEmit } from './mock-handler-types.ts';

/* DEVELOPMENT ONLY: the mock main process's session, as the `?mock=` scenario starts it. */

export const DEMO_USER_ID = '9f1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d';

function initialSession(scenario: string): SessionState {
  const signedOut = scenario === 'signed-out' || scenario === 'not-configured';
  return {
    status: signedOut ? 'signed_out' : 'signed_in',
    user: signedOut ? null : { id: DEMO_USER_ID, email: 'ana@example.com' },
    connectivity: scenario === 'offline' ? 'offline' : 'online',
    secondFactor: 'none',
    lastSyncedAt: new Date(Date.now() - 42 * 60_000).toISOString(),
    keychain: {
      available: scenario !== 'no-keychain',
      reason: scenario === 'no-keychain' ? 'keychain_missing' : null,
    },
    notice: null,
    flow: null,
  };
}

export type MockSession = ReturnType<typeof createMockSession>;

export function createMockSession(scenario: string, emit: MockEmit) {
  let session = initialSession(scenario);
  return {
    get: () => session,
    /** Changes the session and announces it, as main's `session:changed`. */
    set(next: Partial<SessionState>) {
      session = { ...session, ...next };
      emit('session:changed', session);
      return session;
    },
    /** Changes it silently: after a project switch main announces the new session later. */
    replace(next: Partial<SessionState>) {
      session = { ...session, ...next };
    },
  };
}
