import { join } from 'node:path';
import { isAuthRetryableFetchError } from '@supabase/supabase-js';
import type { AuthReason } from '../../../shared/auth-reasons.ts';
import { AUTH_CALLBACK_URL } from '../../../shared/deep-link.ts';
import { AppError } from '../../../shared/errors.ts';
import type { AuthFlow, Connectivity, SessionState } from '../../../shared/session.ts';
import {
  changePasswordSchema,
  credentialsSignInSchema,
  emailOnlySchema,
  newPasswordSchema,
  signUpSchema,
} from '../../../shared/session.ts';
import type { Logger } from '../logging/logger.ts';
import { parseInput } from '../input/parse-input.ts';
import { authError, authReasonOf, mapAuthError } from './auth-errors.ts';
import { linkErrorReason, linkExchangeReason } from './link-reasons.ts';
import { changeAccountPassword } from './change-password.ts';
import { EncryptedJsonFile } from './encrypted-json-file.ts';
import type { LocalKey } from './local-key.ts';
import type { AuthAnswerSeen, FetchLike, TransportObserver } from './observed-fetch.ts';
import { createObservedFetch } from './observed-fetch.ts';
import { SessionRemovalGuard } from './removal-guard.ts';
import { SessionStateStore } from './session-state-store.ts';
import type { SessionStateListener } from './session-state-store.ts';
import { SessionStorage } from './session-storage.ts';
import { withTimeout } from './with-timeout.ts';
import type { MainSupabaseClient } from './supabase-client.ts';
import type { AuthCallback } from '../deep-link/auth-callback-url.ts';
import {
  createMainSupabaseClient,
  defaultStorageKey,
  forgetRefreshFailure,
} from './supabase-client.ts';

/** File in the data folder holding the sealed auth storage. */
export const SESSION_FILE_NAME = 'session.sealed';
export const SESSION_PURPOSE = 'aterges/auth-session/v1';
const SIGN_OUT_NETWORK_BUDGET_MS = 5_000;

export interface SessionServiceOptions {
  supabaseUrl: string;
  supabaseAnonKey: string;
  /** The app's data folder (`app.getPath('userData')` in Electron). */
  dataDir: string;
  /** From `resolveLocalKey`: the keychain key, or why there is none (memory-only session). */
  localKey: LocalKey;
  logger: Logger;
  /** The underlying fetch (tests count or break calls here). */
  fetch?: FetchLike;
  /** The connectivity monitor: sees every transport outcome; gates calls when the OS is offline. */
  transport?: TransportObserver;
}

/**
 * What a refresh attempt came to. `refused`: the server answered with something retrying soon
 * will not fix (project key refused, project paused, rate limit); the session is kept.
 */
export type RefreshOutcome =
  'refreshed' | 'no_session' | 'rejected' | 'unreachable' | 'refused' | 'failed';

const KEPT_SESSION_NOTICES: ReadonlySet<AuthReason> = new Set([
  'api_key_refused',
  'project_paused',
  'rate_limited',
]);

/**
 * The signed-in user and the tokens behind it. Tokens never leave this object: callers see a
 * `SessionState` (who, connectivity, keychain) and use `client` for PostgREST calls.
 */
export class SessionService {
  readonly client: MainSupabaseClient;
  readonly #storage: SessionStorage;
  readonly #guard: SessionRemovalGuard;
  readonly #state: SessionStateStore;
  readonly #logger: Logger;
  readonly #unsubscribe: () => void;
  /** The last HTTP status from Auth, for answers auth-js keeps no status of (see auth-errors). */
  #lastAuthAnswer: { value?: AuthAnswerSeen } = {};
  /** Set by auth-js's PASSWORD_RECOVERY event during a code exchange. */
  #recoveryEvent = false;
  /** Where auth-js keeps the PKCE verifier of the request in progress (`<storageKey>-code-verifier`). */
  #codeVerifierKey = '';

  private constructor(
    client: MainSupabaseClient,
    storage: SessionStorage,
    guard: SessionRemovalGuard,
    localKey: LocalKey,
    logger: Logger,
  ) {
    this.client = client;
    this.#storage = storage;
    this.#guard = guard;
    this.#logger = logger;
    this.#state = new SessionStateStore({
      status: 'restoring',
      user: null,
      connectivity: 'connecting',
      secondFactor: 'none',
      lastSyncedAt: null,
      keychain: { available: localKey.available, reason: localKey.reason },
      notice: null,
      flow: null,
    });
    const { data } = client.auth.onAuthStateChange((event) => {
      // auth-js emits this (before exchangeCodeForSession resolves) when the exchanged code's
      // verifier was stored by resetPasswordForEmail: the link was a password reset.
      if (event === 'PASSWORD_RECOVERY') this.#recoveryEvent = true;
      // Only storage decides who is signed in: INITIAL_SESSION can be null on an offline cold
      // start, and a SIGNED_OUT whose removal the guard refused changed nothing.
      if (event === 'SIGNED_OUT' && this.#storage.session() !== null) {
        this.#logger.info('Ignored a sign-out not caused by the server rejecting the session');
      }
      this.#syncFromStorage();
    });
    this.#unsubscribe = () => data.subscription.unsubscribe();
  }

  /** Restores the session from the sealed file (no network call) and builds the client. */
  static async create(options: SessionServiceOptions): Promise<SessionService> {
    const logger = options.logger.child('session');
    const guard = new SessionRemovalGuard();
    const lastAuthAnswer: { value?: AuthAnswerSeen } = {};
    const storageKey = defaultStorageKey(options.supabaseUrl);
    const file =
      options.localKey.key === null
        ? null
        : new EncryptedJsonFile({
            path: join(options.dataDir, SESSION_FILE_NAME),
            key: options.localKey.key,
            purpose: SESSION_PURPOSE,
            onMovedAside: (detail) =>
              logger.warn('Moved aside what was at the session file path', detail),
          });
    const storage = await SessionStorage.open({
      file,
      project: new URL(options.supabaseUrl).origin,
      sessionKey: storageKey,
      guard,
      logger,
    });
    const client = createMainSupabaseClient({
      supabaseUrl: options.supabaseUrl,
      supabaseAnonKey: options.supabaseAnonKey,
      storage,
      storageKey,
      fetch: createObservedFetch({
        ...(options.fetch ? { base: options.fetch } : {}),
        ...(options.transport ? { transport: options.transport } : {}),
        onAuthVerdict: (verdict) => guard.noteVerdict(verdict),
        onAuthAnswer: (answer) => (lastAuthAnswer.value = answer),
      }),
    });
    const service = new SessionService(client, storage, guard, options.localKey, logger);
    service.#lastAuthAnswer = lastAuthAnswer;
    service.#codeVerifierKey = `${storageKey}-code-verifier`;
    await client.auth.initialize();
    service.#syncFromStorage();
    return service;
  }

  getState(): SessionState {
    return this.#state.get();
  }

  /** An Auth failure as the app's error, with what the last Auth answer showed (status, wait). */
  authFailure(error: unknown): AppError {
    return mapAuthError(error, this.#lastAuthAnswer.value);
  }

  onStateChange(listener: SessionStateListener): () => void {
    return this.#state.subscribe(listener);
  }

  currentUser(): SessionState['user'] {
    return this.#storage.session()?.user ?? null;
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
    if (error) throw this.#authError(error);
    this.#syncFromStorage();
    this.#state.update({
      notice: null,
      flow: data.session ? null : { kind: 'confirm_sign_up', email },
    });
    this.#logger.info('Signed up', { confirmed: data.session !== null });
    return this.getState();
  }

  async signIn(input: unknown): Promise<SessionState> {
    const { email, password } = await parseInput(credentialsSignInSchema, input);
    const { error } = await this.client.auth.signInWithPassword({ email, password });
    if (error) {
      const mapped = this.#authError(error);
      // The account waits for its confirmation mail: offer to send it again.
      if (mapped.reason === 'email_not_confirmed') {
        this.#state.update({ notice: null, flow: { kind: 'confirm_sign_up', email } });
      }
      throw mapped;
    }
    this.#state.update({ notice: null, flow: null });
    this.#syncFromStorage();
    this.#logger.info('Signed in', { user: this.currentUser()?.id });
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
    if (error) throw this.#authError(error);
    this.#state.update({ notice: null, flow: { kind: 'confirm_sign_up', email } });
    this.#logger.info('Sent the confirmation mail again');
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
    if (error) throw this.#authError(error);
    this.#state.update({ notice: null, flow: { kind: 'reset_sent', email } });
    this.#logger.info('Asked for a password-reset mail');
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
      this.#logger.warn('An e-mail link came back with an error', { reason });
      this.#state.update({ notice: reason });
      return this.getState();
    }
    if (this.#storage.session() !== null) {
      // A link must not swap the signed-in account for another one.
      this.#logger.warn('Ignored an e-mail link while signed in');
      return this.getState();
    }
    if (this.getState().connectivity === 'offline') {
      // auth-js drops the verifier after any failed exchange, a network error included: trying
      // now would spend the link. Opened again once online, it still works.
      this.#state.update({ notice: 'auth_unreachable' });
      return this.getState();
    }
    this.#recoveryEvent = false;
    const { error } = await this.client.auth.exchangeCodeForSession(callback.code);
    if (error) {
      const reason = linkExchangeReason(error, this.#lastAuthAnswer.value);
      this.#logger.warn('Could not sign in with an e-mail link', { reason });
      this.#state.update({ notice: reason });
      this.#syncFromStorage();
      return this.getState();
    }
    const recovery = this.#recoveryEvent;
    this.#state.update({ notice: null, flow: recovery ? { kind: 'new_password' } : null });
    this.#syncFromStorage();
    this.#logger.info('Signed in with an e-mail link', { user: this.currentUser()?.id, recovery });
    return this.getState();
  }

  /** A deep link main refused (see deep-link/auth-callback-url.ts): the user is told, no more. */
  refuseAuthLink(reason: 'link_refused' | 'link_not_supported'): void {
    // Signed in, a stray link changes nothing; signed out, it explains why nothing happened.
    if (this.#storage.session() === null) this.#state.update({ notice: reason });
  }

  /** The OAuth sign-in's progress on screen (electron/main/oauth/oauth-sign-in.ts). */
  showAuthFlow(flow: AuthFlow | null, notice: AuthReason | null): SessionState {
    this.#state.update({ flow, notice });
    return this.getState();
  }

  /**
   * Drops the PKCE verifier of the request in progress (an OAuth sign-in cancelled or timed out):
   * a code arriving later can then no longer be exchanged, whichever door it comes through.
   */
  async forgetCodeVerifier(): Promise<void> {
    await this.#storage.removeItem(this.#codeVerifierKey);
  }

  /** "Nueva contraseña", after a password-reset link signed the user in. */
  async setNewPassword(input: unknown): Promise<SessionState> {
    const { password } = await parseInput(newPasswordSchema, input);
    if (this.#storage.session() === null) throw authError('sign_in_first');
    const { error } = await this.client.auth.updateUser({ password });
    if (error) throw this.#authError(error);
    this.#state.update({ notice: null, flow: null });
    this.#logger.info('Set a new password');
    return this.getState();
  }

  /**
   * "Cambiar contraseña" in Settings. The current password is checked by signing in with it (a
   * page left open must not be enough to change it), then the new one is set.
   */
  async changePassword(input: unknown): Promise<SessionState> {
    const { currentPassword, newPassword } = await parseInput(changePasswordSchema, input);
    const email = this.currentUser()?.email;
    if (!email || this.#storage.session() === null) throw authError('sign_in_first');
    await changeAccountPassword(
      this.client.auth,
      { email, currentPassword, newPassword },
      (error) => this.#authError(error),
    );
    this.#syncFromStorage();
    this.#logger.info('Changed the password');
    return this.getState();
  }

  /** "Ya lo confirmé", "Volver", or leaving the new-password screen: the flow ends here. */
  leaveFlow(): SessionState {
    this.#state.update({ notice: null, flow: null });
    return this.getState();
  }

  /**
   * Ends the session on this device whatever the server says: auth-js keeps the session when
   * `/logout` cannot be reached, so the store is cleared here afterwards in every case.
   */
  async signOut(): Promise<SessionState> {
    await this.#guard.allowingRemoval(async () => {
      if (this.#storage.session() === null) return;
      try {
        const { error } = await withTimeout(
          this.client.auth.signOut({ scope: 'local' }),
          SIGN_OUT_NETWORK_BUDGET_MS,
        );
        if (error) this.#logger.warn('The server did not confirm the sign-out', { error });
      } catch (error) {
        this.#logger.warn('The server did not confirm the sign-out', { error });
      }
    });
    await this.#storage.clear();
    this.#state.update({ notice: null, flow: null, lastSyncedAt: null });
    this.#syncFromStorage();
    this.#logger.info('Signed out');
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
    let failure: unknown = null;
    await this.#guard.allowingRemoval(async () => {
      if (this.#storage.session() === null) return;
      try {
        const { error } = await withTimeout(
          this.client.auth.signOut({ scope: 'global' }),
          SIGN_OUT_NETWORK_BUDGET_MS,
        );
        failure = error;
      } catch (error) {
        failure = error;
      }
    });
    if (failure !== null) {
      this.#logger.warn('The server did not sign out the other devices', { error: failure });
      throw isAuthRetryableFetchError(failure) ||
        !(failure instanceof Object && 'status' in failure)
        ? new AppError('offline', 'server_unreachable')
        : mapAuthError(failure);
    }
    await this.#storage.clear();
    this.#state.update({ notice: null, lastSyncedAt: null });
    this.#syncFromStorage();
    this.#logger.info('Signed out on all devices');
    return this.getState();
  }

  /** Set by the offline controller; auto-refresh runs only while online. */
  setConnectivity(connectivity: Connectivity): void {
    if (this.getState().connectivity === connectivity) return;
    this.#state.update({ connectivity });
    const change =
      connectivity === 'online'
        ? this.client.auth.startAutoRefresh()
        : this.client.auth.stopAutoRefresh();
    change.catch((error: unknown) => this.#logger.warn('Auto-refresh toggle failed', { error }));
  }

  setLastSyncedAt(lastSyncedAt: string | null): void {
    this.#state.update({ lastSyncedAt });
  }

  /**
   * Refreshes the access token now (on reconnect). A refresh token the server rejects ends the
   * session; any other failure keeps it.
   */
  async refreshNow(): Promise<RefreshOutcome> {
    if (this.#storage.session() === null) return 'no_session';
    forgetRefreshFailure(this.client);
    this.#guard.noteVerdict('transient');
    const { error } = await this.client.auth.refreshSession();
    if (!error) {
      if (this.getState().notice !== null) this.#state.update({ notice: null });
      this.#syncFromStorage();
      return 'refreshed';
    }
    if (this.#storage.session() !== null && this.#guard.lastVerdict === 'rejected') {
      // auth-js keeps a session whose access token has not expired yet even when the server
      // refused its refresh token; the server has spoken, so end it now.
      await this.#storage.clear();
    }
    if (this.#storage.session() === null) {
      this.#state.update({ notice: 'session_ended', lastSyncedAt: null });
      this.#syncFromStorage();
      this.#logger.info('The server rejected the session; signed out');
      return 'rejected';
    }
    this.#logger.warn('Token refresh failed; keeping the session', { error });
    const reason = authReasonOf(error, this.#lastAuthAnswer.value?.status);
    if (reason !== null && KEPT_SESSION_NOTICES.has(reason)) {
      // Not "offline": the server answered. The user is told why (a refused project key, a
      // paused project, a rate limit) and stays signed in.
      this.#state.update({ notice: reason });
      return 'refused';
    }
    return isAuthRetryableFetchError(error) && error.status === 0 ? 'unreachable' : 'failed';
  }

  async dispose(): Promise<void> {
    this.#unsubscribe();
    await this.client.auth.stopAutoRefresh();
    await this.client.auth.dispose();
  }

  /** An auth-js error as the app's, with the status and wait auth-js does not keep. */
  #authError(error: unknown): AppError {
    return mapAuthError(error, this.#lastAuthAnswer.value);
  }

  #syncFromStorage(): void {
    const stored = this.#storage.session();
    this.#state.update({
      status: stored ? 'signed_in' : 'signed_out',
      user: stored ? stored.user : null,
      secondFactor: stored ? stored.secondFactor : 'none',
      // The new-password screen belongs to the session the reset link opened.
      ...(!stored && this.getState().flow?.kind === 'new_password' ? { flow: null } : {}),
    });
  }
}
