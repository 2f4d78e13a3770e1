import type { AuthReason } from '../../../shared/auth-reasons.ts';
import { AUTH_CALLBACK_URL } from '../../../shared/deep-link.ts';
import { AppError } from '../../../shared/errors.ts';
import type { OAuthProvider } from '../../../shared/oauth.ts';
import { oauthStartSchema } from '../../../shared/oauth.ts';
import type { SessionState } from '../../../shared/session.ts';
import type { AuthCallback } from '../deep-link/auth-callback-url.ts';
import { parseAuthCallbackUrl } from '../deep-link/auth-callback-url.ts';
import { parseInput } from '../input/parse-input.ts';
import type { Logger } from '../logging/logger.ts';
import { authError } from '../session/auth-errors.ts';
import { linkErrorReason } from '../session/link-reasons.ts';
import type { SessionService } from '../session/session-service.ts';
import { allowedAuthorizeUrl } from '../window/external-links.ts';
import type { LoopbackCallback, LoopbackOptions, LoopbackOutcome } from './loopback-callback.ts';
import { DEFAULT_LOOPBACK_TIMEOUT_MS, startLoopbackCallback } from './loopback-callback.ts';

/*
 * "Continuar con GitHub / Google" (issue #13 §1): signInWithOAuth with PKCE, the provider's page
 * in the system browser (never in an app window: the app must not see the password typed there,
 * and the user must see the real address bar), and the redirect back through `aterges://` or, where
 * the OS does not hand those links to the app, the loopback server (RFC 8252 §7.1 and §7.3).
 *
 * At most one sign-in is in progress. A callback is accepted only for it, once; a callback with
 * none in progress, a second one, one after "Cancelar" or the time limit, or one through the
 * other door is refused with a reason (closed list below, logged; the user sees `oauth_refused`).
 * The code itself is worth nothing without the PKCE verifier auth-js keeps in main's sealed
 * storage, which "Cancelar" and the time limit also drop.
 */

/** How the browser comes back: `aterges://` (protocol registered) or the loopback server. */
export type OAuthRedirectMode = 'deep_link' | 'loopback';

/** Why a callback was refused (the log says which; the page gets `oauth_refused`). */
export type OAuthCallbackRefusal =
  'not_in_progress' | 'already_completed' | 'cancelled' | 'timed_out' | 'wrong_door' | 'malformed';

/** After an attempt ends, a late callback is still recognised as this attempt's for so long. */
const RECENT_ATTEMPT_MS = 10 * 60 * 1000;

export interface OAuthSignInOptions {
  session: SessionService;
  supabaseUrl: string;
  redirectMode: OAuthRedirectMode;
  openExternal: (url: string) => Promise<void>;
  logger: Logger;
  timeoutMs?: number;
  /** Tests start the loopback server with their own options. */
  startLoopback?: (options: LoopbackOptions) => Promise<LoopbackCallback>;
  now?: () => number;
}

interface Attempt {
  provider: OAuthProvider;
  mode: OAuthRedirectMode;
  loopback: LoopbackCallback | null;
  timer: ReturnType<typeof setTimeout> | null;
}

type Ended = 'already_completed' | 'cancelled' | 'timed_out';

export class OAuthSignIn {
  readonly #options: OAuthSignInOptions;
  readonly #log: Logger;
  #attempt: Attempt | null = null;
  #lastEnded: { why: Ended; at: number } | null = null;

  constructor(options: OAuthSignInOptions) {
    this.#options = options;
    this.#log = options.logger.child('oauth');
  }

  get pending(): boolean {
    return this.#attempt !== null;
  }

  /** "Continuar con …": opens the provider's page in the system browser and waits. */
  async start(input: unknown): Promise<SessionState> {
    const { provider } = await parseInput(oauthStartSchema, input);
    const { session } = this.#options;
    if (session.getState().status === 'signed_in') return session.getState();
    if (session.getState().connectivity === 'offline') throw authError('auth_unreachable');
    await this.#end('cancelled', false);
    const mode = this.#options.redirectMode;
    const loopback =
      mode === 'loopback'
        ? await (this.#options.startLoopback ?? startLoopbackCallback)({
            timeoutMs: this.#options.timeoutMs ?? DEFAULT_LOOPBACK_TIMEOUT_MS,
            onRefused: (refusal) =>
              this.#log.warn('The loopback server refused a request', { refusal }),
          })
        : null;
    const attempt: Attempt = { provider, mode, loopback, timer: null };
    this.#attempt = attempt;
    try {
      const { data, error } = await session.client.auth.signInWithOAuth({
        provider,
        options: {
          redirectTo: loopback?.redirectUrl ?? AUTH_CALLBACK_URL,
          skipBrowserRedirect: true,
        },
      });
      if (error) throw session.authFailure(error);
      const url = data.url ? allowedAuthorizeUrl(data.url, this.#options.supabaseUrl) : null;
      if (url === null) throw authError('oauth_unavailable');
      await this.#options.openExternal(url);
    } catch (error) {
      if (this.#attempt === attempt) await this.#end('cancelled', true);
      this.#log.warn('Could not start an OAuth sign-in', { provider });
      throw error instanceof AppError ? error : authError('oauth_unavailable');
    }
    if (this.#attempt !== attempt) return session.getState();
    if (loopback) {
      void loopback.outcome.then((outcome) => this.#fromLoopback(attempt, outcome));
    } else {
      attempt.timer = setTimeout(
        () => void this.#timeOut(attempt),
        this.#options.timeoutMs ?? DEFAULT_LOOPBACK_TIMEOUT_MS,
      );
      attempt.timer.unref?.();
    }
    this.#log.info('Opened an OAuth sign-in in the browser', { provider, mode });
    return session.showAuthFlow({ kind: 'oauth_pending', provider }, null);
  }

  /** "Cancelar": the pending sign-in ends, its loopback server closes, its verifier goes. */
  async cancel(): Promise<SessionState> {
    if (this.#attempt) {
      await this.#end('cancelled', true);
      this.#log.info('Cancelled the OAuth sign-in');
    }
    const { session } = this.#options;
    return session.getState().flow?.kind === 'oauth_pending'
      ? session.showAuthFlow(null, null)
      : session.getState();
  }

  /**
   * An `aterges://auth/callback` that main parsed. Returns false when it is not OAuth's business
   * (no attempt now or lately: an e-mail link, which the session handles as before).
   */
  async receiveDeepLink(callback: AuthCallback): Promise<boolean> {
    const attempt = this.#attempt;
    if (attempt) {
      if (attempt.mode !== 'deep_link') {
        // The browser was told to come back through the loopback server: this came otherwise.
        this.#refuse('wrong_door');
        return true;
      }
      await this.#complete(attempt, callback);
      return true;
    }
    const ended = this.#lastEnded;
    if (ended && this.#now() - ended.at < RECENT_ATTEMPT_MS && isOAuthShaped(callback)) {
      this.#refuse(ended.why);
      return true;
    }
    return false;
  }

  async dispose(): Promise<void> {
    await this.#end('cancelled', false);
  }

  async #fromLoopback(attempt: Attempt, outcome: LoopbackOutcome): Promise<void> {
    if (this.#attempt !== attempt) return;
    if (outcome.kind === 'timed_out') return this.#timeOut(attempt);
    if (outcome.kind === 'closed') return;
    const parsed = parseAuthCallbackUrl(outcome.url);
    if (!parsed.ok) {
      this.#log.warn('Refused the loopback callback', { refusal: parsed.refusal });
      await this.#end('already_completed', true);
      this.#options.session.showAuthFlow(null, 'oauth_refused');
      return;
    }
    await this.#complete(attempt, parsed.callback);
  }

  async #complete(attempt: Attempt, callback: AuthCallback): Promise<void> {
    const { session } = this.#options;
    // Ended before the exchange: a second callback for this attempt is refused, not raced.
    await this.#end('already_completed', false);
    if (callback.kind === 'error') {
      const reason = oauthErrorReason(callback);
      await session.forgetCodeVerifier();
      this.#log.warn('The OAuth sign-in came back with an error', { reason });
      session.showAuthFlow(null, reason);
      return;
    }
    await session.completeAuthCallback(callback);
    const after = session.getState();
    if (after.flow?.kind === 'oauth_pending') session.showAuthFlow(null, after.notice);
    this.#log.info('The OAuth sign-in came back', {
      provider: attempt.provider,
      signedIn: after.status === 'signed_in',
    });
  }

  async #timeOut(attempt: Attempt): Promise<void> {
    if (this.#attempt !== attempt) return;
    await this.#end('timed_out', true);
    this.#log.info('The OAuth sign-in timed out');
    this.#options.session.showAuthFlow(null, 'oauth_timed_out');
  }

  #refuse(why: OAuthCallbackRefusal): void {
    this.#log.warn('Refused an OAuth callback', { refusal: why });
    const { session } = this.#options;
    if (session.getState().status !== 'signed_in') {
      session.showAuthFlow(session.getState().flow, 'oauth_refused');
    }
  }

  /** Ends the attempt in progress, if any; `forget` also drops its PKCE verifier. */
  async #end(why: Ended, forget: boolean): Promise<void> {
    const attempt = this.#attempt;
    if (!attempt) return;
    this.#attempt = null;
    this.#lastEnded = { why, at: this.#now() };
    if (attempt.timer) clearTimeout(attempt.timer);
    attempt.loopback?.close();
    if (forget) await this.#options.session.forgetCodeVerifier();
  }

  #now(): number {
    return (this.#options.now ?? Date.now)();
  }
}

/** A code, or an error as the provider or Auth's `/callback` words it. */
function isOAuthShaped(callback: AuthCallback): boolean {
  return callback.kind === 'code' || (callback.kind === 'error' && callback.errorCode === null);
}

/**
 * The user's reason for an error redirect of Auth's `/callback`: the provider's refusal comes with
 * `error=access_denied` alone (OAuthError); Auth's own errors carry an `error_code`.
 */
export function oauthErrorReason(callback: Extract<AuthCallback, { kind: 'error' }>): AuthReason {
  if (callback.errorCode === null) {
    return callback.error === 'access_denied' ? 'oauth_denied' : 'link_failed';
  }
  return linkErrorReason(callback.errorCode);
}
