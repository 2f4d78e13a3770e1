import { createClient } from '@supabase/supabase-js';
import type { UnlockInput } from '../../../shared/lock.ts';
import type { Logger } from '../logging/logger.ts';
import { authError, mapAuthError } from './auth-errors.ts';
import type { AuthAnswerSeen, FetchLike, TransportObserver } from './observed-fetch.ts';
import { createObservedFetch } from './observed-fetch.ts';
import { defaultStorageKey } from './supabase-client.ts';

/*
 * What the unlock screen's password or code is checked against (issue #13 §3). The password is
 * checked by Auth itself, with Auth's own rate limit, never compared in the app; the code through
 * the session's second factor. Nothing typed is logged, kept, or put into an error.
 */

export interface UnlockCheckOptions {
  supabaseUrl: string;
  supabaseAnonKey: string;
  /** Who is signed in: the password is checked for this address. */
  currentEmail: () => string | null;
  /** A second-factor code on the app's real session (SecondFactorService.verify). */
  verifyCode: (code: string) => Promise<unknown>;
  logger: Logger;
  fetch?: FetchLike;
  /** The connectivity monitor: offline, the check fails fast as `auth_unreachable`. */
  transport?: TransportObserver;
}

/**
 * Checks an unlock input; resolves when it is right. Throws the app's error: `wrong_credentials`
 * or `second_factor_code_wrong` for a wrong try, `rate_limited` (with the wait Auth gave) and
 * `auth_unreachable` for what is no one's mistake (LockService counts only the former).
 */
export function createUnlockCheck(
  options: UnlockCheckOptions,
): (input: UnlockInput) => Promise<void> {
  const log = options.logger.child('unlock');
  return async (input) => {
    if (input.method === 'code') {
      await options.verifyCode(input.code);
      return;
    }
    const email = options.currentEmail();
    if (email === null) throw authError('sign_in_first');
    await checkPassword(options, email, input.password, log);
  };
}

/**
 * Signs in with the password on a throwaway client: its own memory storage (persistSession false)
 * and storage key, so the app's stored session, its tokens and its second-factor level are left
 * as they are. The session Auth opened for the check is then ended (`scope: 'local'`: that
 * session only) and the client dropped. The same check GoTrue does for any sign-in
 * (internal/api/token.go, ResourceOwnerPasswordGrant), with its rate limit on /token.
 */
async function checkPassword(
  options: UnlockCheckOptions,
  email: string,
  password: string,
  log: Logger,
): Promise<void> {
  const seen: { value?: AuthAnswerSeen } = {};
  const client = createClient(options.supabaseUrl, options.supabaseAnonKey, {
    auth: {
      persistSession: false,
      autoRefreshToken: false,
      detectSessionInUrl: false,
      storageKey: `${defaultStorageKey(options.supabaseUrl)}-unlock-check`,
    },
    global: {
      fetch: createObservedFetch({
        ...(options.fetch ? { base: options.fetch } : {}),
        ...(options.transport ? { transport: options.transport } : {}),
        onAuthAnswer: (answer) => (seen.value = answer),
      }),
    },
  });
  try {
    const { error } = await client.auth.signInWithPassword({ email, password });
    if (error) throw mapAuthError(error, seen.value);
    const ended = await client.auth.signOut({ scope: 'local' }).catch((failure: unknown) => ({
      error: failure,
    }));
    // The password was right; a session left open by a failed logout expires with its token.
    if (ended.error)
      log.warn('Could not end the session of the unlock check', { status: seen.value?.status });
    log.info('Unlock password accepted');
  } finally {
    await client.auth.dispose().catch(() => undefined);
  }
}
