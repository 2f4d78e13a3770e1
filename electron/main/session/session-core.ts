import { join } from 'node:path';
import { isAuthRetryableFetchError } from '@supabase/supabase-js';
import type { AuthReason } from '../../../shared/auth-reasons.ts';
import type { AppError } from '../../../shared/errors.ts';
import type { Connectivity, SessionState } from '../../../shared/session.ts';
import type { Logger } from '../logging/logger.ts';
import { authReasonOf, mapAuthError } from './auth-errors.ts';
import { EncryptedJsonFile } from './encrypted-json-file.ts';
import type { LocalKey } from './local-key.ts';
import type { AuthAnswerSeen, FetchLike, TransportObserver } from './observed-fetch.ts';
import { createObservedFetch } from './observed-fetch.ts';
import { SessionRemovalGuard } from './removal-guard.ts';
import { SessionStateStore } from './session-state-store.ts';
import type { SessionStateListener } from './session-state-store.ts';
import { SessionStorage } from './session-storage.ts';
import type { MainSupabaseClient } from './supabase-client.ts';
import {
  createMainSupabaseClient,
  defaultStorageKey,
  forgetRefreshFailure,
} from './supabase-client.ts';

/*
 * The session's core: the sealed storage, the supabase-js client over it, the state the page
 * sees, refresh and connectivity. The account flows (sign-up, sign-in, links, passwords,
 * sign-out) are in session-service.ts, which builds on this.
 */

/** File in the data folder holding the sealed auth storage. */
export const SESSION_FILE_NAME = 'session.sealed';
export const SESSION_PURPOSE = 'aterges/auth-session/v1';

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

/** What a session is built from: the sealed storage, the client over it, and their watchers. */
export interface SessionParts {
  client: MainSupabaseClient;
  storage: SessionStorage;
  guard: SessionRemovalGuard;
  localKey: LocalKey;
  logger: Logger;
  /** The last HTTP status from Auth, for answers auth-js keeps no status of (see auth-errors). */
  lastAuthAnswer: { value?: AuthAnswerSeen };
  /** Where auth-js keeps the PKCE verifier of the request in progress (`<storageKey>-code-verifier`). */
  codeVerifierKey: string;
}

/** Opens the sealed file (no network call) and builds the client over it. */
export async function openSessionParts(options: SessionServiceOptions): Promise<SessionParts> {
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
  return {
    client,
    storage,
    guard,
    localKey: options.localKey,
    logger,
    lastAuthAnswer,
    codeVerifierKey: `${storageKey}-code-verifier`,
  };
}

/**
 * The signed-in user and the tokens behind it. Tokens never leave this object: callers see a
 * `SessionState` (who, connectivity, keychain) and use `client` for PostgREST calls.
 */
export class SessionCore {
  readonly client: MainSupabaseClient;
  protected readonly storage: SessionStorage;
  protected readonly guard: SessionRemovalGuard;
  protected readonly stateStore: SessionStateStore;
  protected readonly logger: Logger;
  protected readonly lastAuthAnswer: { value?: AuthAnswerSeen };
  protected readonly codeVerifierKey: string;
  /** Set by auth-js's PASSWORD_RECOVERY event during a code exchange. */
  protected recoveryEvent = false;
  readonly #unsubscribe: () => void;

  protected constructor(parts: SessionParts) {
    const { client, localKey } = parts;
    this.client = client;
    this.storage = parts.storage;
    this.guard = parts.guard;
    this.logger = parts.logger;
    this.lastAuthAnswer = parts.lastAuthAnswer;
    this.codeVerifierKey = parts.codeVerifierKey;
    this.stateStore = new SessionStateStore({
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
      if (event === 'PASSWORD_RECOVERY') this.recoveryEvent = true;
      // Only storage decides who is signed in: INITIAL_SESSION can be null on an offline cold
      // start, and a SIGNED_OUT whose removal the guard refused changed nothing.
      if (event === 'SIGNED_OUT' && this.storage.session() !== null) {
        this.logger.info('Ignored a sign-out not caused by the server rejecting the session');
      }
      this.syncFromStorage();
    });
    this.#unsubscribe = () => data.subscription.unsubscribe();
  }

  getState(): SessionState {
    return this.stateStore.get();
  }

  /** An Auth failure as the app's error, with what the last Auth answer showed (status, wait). */
  authFailure(error: unknown): AppError {
    return mapAuthError(error, this.lastAuthAnswer.value);
  }

  onStateChange(listener: SessionStateListener): () => void {
    return this.stateStore.subscribe(listener);
  }

  currentUser(): SessionState['user'] {
    return this.storage.session()?.user ?? null;
  }

  /** Set by the offline controller; auto-refresh runs only while online. */
  setConnectivity(connectivity: Connectivity): void {
    if (this.getState().connectivity === connectivity) return;
    this.stateStore.update({ connectivity });
    const change =
      connectivity === 'online'
        ? this.client.auth.startAutoRefresh()
        : this.client.auth.stopAutoRefresh();
    change.catch((error: unknown) => this.logger.warn('Auto-refresh toggle failed', { error }));
  }

  setLastSyncedAt(lastSyncedAt: string | null): void {
    this.stateStore.update({ lastSyncedAt });
  }

  /**
   * Refreshes the access token now (on reconnect). A refresh token the server rejects ends the
   * session; any other failure keeps it.
   */
  async refreshNow(): Promise<RefreshOutcome> {
    if (this.storage.session() === null) return 'no_session';
    forgetRefreshFailure(this.client);
    this.guard.noteVerdict('transient');
    const { error } = await this.client.auth.refreshSession();
    if (!error) {
      if (this.getState().notice !== null) this.stateStore.update({ notice: null });
      this.syncFromStorage();
      return 'refreshed';
    }
    if (this.storage.session() !== null && this.guard.lastVerdict === 'rejected') {
      // auth-js keeps a session whose access token has not expired yet even when the server
      // refused its refresh token; the server has spoken, so end it now.
      await this.storage.clear();
    }
    if (this.storage.session() === null) {
      this.stateStore.update({ notice: 'session_ended', lastSyncedAt: null });
      this.syncFromStorage();
      this.logger.info('The server rejected the session; signed out');
      return 'rejected';
    }
    this.logger.warn('Token refresh failed; keeping the session', { error });
    const reason = authReasonOf(error, this.lastAuthAnswer.value?.status);
    if (reason !== null && KEPT_SESSION_NOTICES.has(reason)) {
      // Not "offline": the server answered. The user is told why (a refused project key, a
      // paused project, a rate limit) and stays signed in.
      this.stateStore.update({ notice: reason });
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
  protected asAppError(error: unknown): AppError {
    return mapAuthError(error, this.lastAuthAnswer.value);
  }

  protected syncFromStorage(): void {
    const stored = this.storage.session();
    this.stateStore.update({
      status: stored ? 'signed_in' : 'signed_out',
      user: stored ? stored.user : null,
      secondFactor: stored ? stored.secondFactor : 'none',
      // The new-password screen belongs to the session the reset link opened.
      ...(!stored && this.getState().flow?.kind === 'new_password' ? { flow: null } : {}),
    });
  }
}
