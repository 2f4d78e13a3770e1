import { isAuthRetryableFetchError } from '@supabase/supabase-js';
import { AUTH_CALLBACK_URL } from '../../../shared/deep-link.ts';
import { AppError } from '../../../shared/errors.ts';
import type { AuthFlow, SessionNotice, SessionState } from '../../../shared/session.ts';
import {
  changePasswordSchema,
  credentialsSignInSchema,
  emailOnlySchema,
  newPasswordSchema,
  signUpSchema,
} from '../../../shared/session.ts';
import { parseInput } from '../input/parse-input.ts';
import type { AuthCallback } from '../deep-link/auth-callback-url.ts';
import { authError, mapAuthError } from './auth-errors.ts';
import { changeAccountPassword } from './change-password.ts';
import { linkErrorReason, linkExchangeReason } from './link-reasons.ts';
import { openSessionParts, SessionCore } from './session-core.ts';
import type { SessionServiceOptions } from './session-core.ts';
import { withTimeout } from './with-timeout.ts';

const SIGN_OUT_NETWORK_BUDGET_MS = 5_000;

/**
 * The session and what a person does with their account: sign up, sign in, the e-mailed links
 * (confirmation, password reset), passwords, sign-out. Core state and refresh: session-core.ts.
 */
export class SessionService extends SessionCore {
  /** Restores the session from the sealed file (no network call) and builds the client. */
  static async create(options: SessionServiceOptions): Promise<SessionService> {
    const service = new SessionService(await openSessionParts(options));
    await service.client.auth.initialize();
    service.syncFromStorage();
    return service;
  }

  /**
   * Creates the account. With e-mail confirmation on (hosted Supabase's default) Auth answers
   * without a session and mails a link to `aterges://auth/callback`: the state then says whom the
   * mail went to (`confirm_sign_up`), which is not an error.
   */
  async signUp(input: unknown): Promise<SessionState> {
    const { email, password } = await parseInput(signUpSchema, input);
    const { data, error } = await this.client.auth.signUp({
      email,
      password,
      options: { emailRedirectTo: AUTH_CALLBACK_URL },
    });
    if (error) throw this.asAppError(error);
    this.syncFromStorage();
    this.stateStore.update({
      notice: null,
      flow: data.session ? null : { kind: 'confirm_sign_up', email },
    });
    this.logger.info('Signed up', { confirmed: data.session !== null });
    return this.getState();
  }

  async signIn(input: unknown): Promise<SessionState> {
    const { email, password } = await parseInput(credentialsSignInSchema, input);
    const { error } = await this.client.auth.signInWithPassword({ email, password });
    if (error) {
      const mapped = this.asAppError(error);
      // The account waits for its confirmation mail: offer to send it again.
      if (mapped.reason === 'email_not_confirmed') {
        this.stateStore.update({ notice: null, flow: { kind: 'confirm_sign_up', email } });
      }
      throw mapped;
    }
    this.stateStore.update({ notice: null, flow: null });
    this.syncFromStorage();
    this.logger.info('Signed in', { user: this.currentUser()?.id });
    return this.getState();
  }

  /**
   * "Reenviar correo". Auth (internal/api/resend.go) sends the new mail in the implicit flow, so
   * its link confirms the address but brings no code (see link-reasons / auth-callback-url).
   */
  async resendConfirmation(input: unknown): Promise<SessionState> {
    const { email } = await parseInput(emailOnlySchema, input);
    const { error } = await this.client.auth.resend({
      type: 'signup',
      email,
      options: { emailRedirectTo: AUTH_CALLBACK_URL },
    });
    if (error) throw this.asAppError(error);
    this.stateStore.update({ notice: null, flow: { kind: 'confirm_sign_up', email } });
    this.logger.info('Sent the confirmation mail again');
    return this.getState();
  }

  /**
   * "¿Olvidaste tu contraseña?": Auth mails a link to `aterges://auth/callback`; auth-js keeps the
   * PKCE verifier marked as a recovery, so the callback knows to ask for a new password. Auth
   * answers the same for an unknown address (no account enumeration).
   */
  async requestPasswordReset(input: unknown): Promise<SessionState> {
    const { email } = await parseInput(emailOnlySchema, input);
    const { error } = await this.client.auth.resetPasswordForEmail(email, {
      redirectTo: AUTH_CALLBACK_URL,
    });
    if (error) throw this.asAppError(error);
    this.stateStore.update({ notice: null, flow: { kind: 'reset_sent', email } });
    this.logger.info('Asked for a password-reset mail');
    return this.getState();
  }

  /**
   * An `aterges://auth/callback` that main parsed (the page never sees it). A code is exchanged
   * with the verifier kept in the sealed storage; a password-reset code leads to `new_password`.
   * Nothing is thrown: the outcome is the state (signed in, or a notice saying why not).
   */
  async completeAuthCallback(callback: AuthCallback): Promise<SessionState> {
    if (callback.kind === 'error') {
      const reason = linkErrorReason(callback.errorCode);
      this.logger.warn('An e-mail link came back with an error', { reason });
      this.stateStore.update({ notice: reason });
      return this.getState();
    }
    if (this.storage.session() !== null) {
      // A link must not swap the signed-in account for another one.
      this.logger.warn('Ignored an e-mail link while signed in');
      return this.getState();
    }
    if (this.getState().connectivity === 'offline') {
      // auth-js drops the verifier after any failed exchange, a network error included: trying
      // now would spend the link. Opened again once online, it still works.
      this.stateStore.update({ notice: 'auth_unreachable' });
      return this.getState();
    }
    this.recoveryEvent = false;
    const { error } = await this.client.auth.exchangeCodeForSession(callback.code);
    if (error) {
      const reason = linkExchangeReason(error, this.lastAuthAnswer.value);
      this.logger.warn('Could not sign in with an e-mail link', { reason });
      this.stateStore.update({ notice: reason });
      this.syncFromStorage();
      return this.getState();
    }
    const recovery = this.recoveryEvent;
    this.stateStore.update({ notice: null, flow: recovery ? { kind: 'new_password' } : null });
    this.syncFromStorage();
    this.logger.info('Signed in with an e-mail link', { user: this.currentUser()?.id, recovery });
    return this.getState();
  }

  /** A deep link main refused (see deep-link/auth-callback-url.ts): the user is told, no more. */
  refuseAuthLink(reason: 'link_refused' | 'link_not_supported'): void {
    // Signed in, a stray link changes nothing; signed out, it explains why nothing happened.
    if (this.storage.session() === null) this.stateStore.update({ notice: reason });
  }

  /** The OAuth sign-in's progress on screen (electron/main/oauth/oauth-sign-in.ts). */
  showAuthFlow(flow: AuthFlow | null, notice: SessionNotice | null): SessionState {
    this.stateStore.update({ flow, notice });
    return this.getState();
  }

  /**
   * Drops the PKCE verifier of the request in progress (an OAuth sign-in cancelled or timed out):
   * a code arriving later can then no longer be exchanged, whichever door it comes through.
   */
  async forgetCodeVerifier(): Promise<void> {
    await this.storage.removeItem(this.codeVerifierKey);
  }

  /** "Nueva contraseña", after a password-reset link signed the user in. */
  async setNewPassword(input: unknown): Promise<SessionState> {
    const { password } = await parseInput(newPasswordSchema, input);
    if (this.storage.session() === null) throw authError('sign_in_first');
    const { error } = await this.client.auth.updateUser({ password });
    if (error) throw this.asAppError(error);
    this.stateStore.update({ notice: null, flow: null });
    this.logger.info('Set a new password');
    return this.getState();
  }

  /**
   * "Cambiar contraseña" in Settings. The current password is checked by signing in with it (a
   * page left open must not be enough to change it), then the new one is set.
   */
  async changePassword(input: unknown): Promise<SessionState> {
    const { currentPassword, newPassword } = await parseInput(changePasswordSchema, input);
    const email = this.currentUser()?.email;
    if (!email || this.storage.session() === null) throw authError('sign_in_first');
    await changeAccountPassword(
      this.client.auth,
      { email, currentPassword, newPassword },
      (error) => this.asAppError(error),
    );
    this.syncFromStorage();
    this.logger.info('Changed the password');
    return this.getState();
  }

  /** "Ya lo confirmé", "Volver", or leaving the new-password screen: the flow ends here. */
  leaveFlow(): SessionState {
    this.stateStore.update({ notice: null, flow: null });
    return this.getState();
  }

  /**
   * Ends the session on this device whatever the server says: auth-js keeps the session when
   * `/logout` cannot be reached, so the store is cleared here afterwards in every case. `notice`
   * says on the sign-in screen why, when the app signed out by itself (too many unlock tries).
   */
  async signOut(notice: SessionNotice | null = null): Promise<SessionState> {
    const failure = await this.#signOutOnServer('local');
    if (failure !== null) {
      this.logger.warn('The server did not confirm the sign-out', { error: failure });
    }
    await this.storage.clear();
    this.stateStore.update({ notice, flow: null, lastSyncedAt: null });
    this.syncFromStorage();
    this.logger.info('Signed out', { notice });
    return this.getState();
  }

  /**
   * "Sign out on all devices": revokes every refresh token of the user on the server
   * (auth-js `signOut({ scope: 'global' })` → GoTrue `POST /logout?scope=global`, which deletes all
   * the user's sessions: supabase/auth internal/api/logout.go, `Logout`), then clears this device.
   * auth-js keeps the local session when the server answers with anything but 401/403/404
   * (GoTrueClient.ts, `_signOut`), and so does this: when the server cannot be reached, the other
   * devices are still signed in and the person is told, not quietly signed out here alone.
   */
  async signOutEverywhere(): Promise<SessionState> {
    const failure = await this.#signOutOnServer('global');
    if (failure !== null) {
      this.logger.warn('The server did not sign out the other devices', { error: failure });
      throw isAuthRetryableFetchError(failure) ||
        !(failure instanceof Object && 'status' in failure)
        ? new AppError('offline', 'server_unreachable')
        : mapAuthError(failure);
    }
    await this.storage.clear();
    this.stateStore.update({ notice: null, lastSyncedAt: null });
    this.syncFromStorage();
    this.logger.info('Signed out on all devices');
    return this.getState();
  }

  /**
   * auth-js's signOut with the session's removal allowed (see removal-guard.ts) and a time limit;
   * what the server or the network said against it, or null.
   */
  async #signOutOnServer(scope: 'local' | 'global'): Promise<unknown> {
    let failure: unknown = null;
    await this.guard.allowingRemoval(async () => {
      if (this.storage.session() === null) return;
      try {
        const { error } = await withTimeout(
          this.client.auth.signOut({ scope }),
          SIGN_OUT_NETWORK_BUDGET_MS,
        );
        failure = error;
      } catch (error) {
        failure = error;
      }
    });
    return failure;
  }
}
