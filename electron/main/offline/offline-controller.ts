import { AppError, isAppError } from '../../../shared/errors.ts';
import type { Integration } from '../../../shared/integration.ts';
import type { SessionState } from '../../../shared/session.ts';
import type { Logger } from '../logging/logger.ts';
import type { BackoffOptions } from './backoff.ts';
import { DEFAULT_BACKOFF, backoffDelay } from './backoff.ts';
import type { Clock, TimerHandle } from './clock.ts';
import { systemClock } from './clock.ts';
import type { ConnectivityEvent } from './connectivity-monitor.ts';
import type { IntegrationCache } from './integration-cache.ts';
import { emitList, restoreAbandoned } from './offline-ports.ts';
import type {
  AbandonedTestsPort,
  IntegrationList,
  MonitorPort,
  OfflineControllerOptions,
  SessionPort,
} from './offline-ports.ts';

export type { IntegrationList, OfflineControllerOptions };

/**
 * Keeps the app usable without a network: the last list from the sealed cache, writes refused
 * (the vault client checks `connectivity`; nothing is queued, as a queue would hold secrets), and
 * a background reconnect with backoff. A reconnect probes the server, refreshes the token,
 * reloads the list, updates the cache and only then reports `online`.
 */
export class OfflineController {
  readonly #session: SessionPort;
  readonly #vault: OfflineControllerOptions['vault'];
  readonly #cache: IntegrationCache;
  readonly #monitor: MonitorPort;
  readonly #abandonedTests: AbandonedTestsPort | null;
  readonly #logger: Logger;
  readonly #clock: Clock;
  readonly #random: () => number;
  readonly #backoff: BackoffOptions;
  readonly #listeners = new Set<(list: IntegrationList) => void>();
  readonly #unsubscribers: (() => void)[] = [];
  #attempts = 0;
  #timer: TimerHandle | null = null;
  #nextRetryAt: number | null = null;
  #inFlight: Promise<boolean> | null = null;
  #userId: string | null = null;
  /** Bumped on every change of user: work started under an older one is dropped. */
  #generation = 0;
  /** The last list pushed from the server or a live merge, and whose it is. */
  #shown: { userId: string; integrations: Integration[] } | null = null;
  /** Cache writes and clears, one at a time in call order: a sign-out's clear lands after them. */
  #cacheQueue: Promise<unknown> = Promise.resolve();
  #stopped = false;

  constructor(options: OfflineControllerOptions) {
    this.#session = options.session;
    this.#vault = options.vault;
    this.#cache = options.cache;
    this.#monitor = options.monitor;
    this.#abandonedTests = options.abandonedTests ?? null;
    this.#logger = options.logger.child('offline');
    this.#clock = options.clock ?? systemClock;
    this.#random = options.random ?? Math.random;
    this.#backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
  }

  /** Shows the cached list at once, then tries to connect; resolves after the first attempt. */
  async start(): Promise<SessionState> {
    this.#userId = this.#session.getState().user?.id ?? null;
    this.#unsubscribers.push(
      this.#monitor.onEvent((event) => this.#onConnectivityEvent(event)),
      this.#session.onStateChange((state) => this.#onSessionState(state)),
    );
    if (this.#userId !== null) {
      const generation = this.#generation;
      const cached = await this.#cache.read(this.#userId);
      if (cached && generation === this.#generation) {
        this.#session.setLastSyncedAt(cached.syncedAt);
        emitList(this.#listeners, { ...cached, source: 'cache' }, this.#logger);
      }
    }
    await this.#connect();
    return this.#session.getState();
  }

  /** Tries to reach the server now instead of waiting for the next backoff step. */
  async reconnectNow(): Promise<SessionState> {
    await this.#connect();
    return this.#session.getState();
  }

  /** Resolves once no connection attempt is running (a background one included). */
  async whenSettled(): Promise<void> {
    while (this.#inFlight !== null) await this.#inFlight;
  }

  /** When the next background attempt is due (clock time), or null when none is scheduled. */
  get nextRetryAt(): number | null {
    return this.#nextRetryAt;
  }

  /** The list from the server when online (the cache is updated), else the cached one. */
  async listIntegrations(): Promise<IntegrationList> {
    const state = this.#session.getState();
    if (state.status !== 'signed_in' || state.user === null) {
      throw new AppError('not_authenticated', 'list_needs_sign_in');
    }
    const generation = this.#generation;
    if (state.connectivity === 'online') {
      const synced = await this.#sync(state.user.id).catch((error: unknown) => {
        // The monitor has seen the failure and switched to offline: fall back to the cache.
        if (isAppError(error) && this.#session.getState().connectivity === 'offline')
          return undefined;
        throw error;
      });
      if (synced === null) throw userChanged();
      if (synced !== undefined) return synced;
    }
    const cached = await this.#cache.readList(state.user.id);
    if (generation !== this.#generation) throw userChanged();
    return cached;
  }

  /**
   * Merges live changes into the list last shown (else the cached one), pushes it, then queues the
   * cache write. False, pushing nothing, when there is no list to merge into or the user changed.
   */
  async applyLive(userId: string, apply: (list: Integration[]) => Integration[]): Promise<boolean> {
    const current = this.#isCurrent(userId);
    const base =
      this.#shown?.userId === userId
        ? this.#shown.integrations
        : (await this.#cache.read(userId))?.integrations;
    if (!base || !current()) return false;
    const list = { integrations: apply(base), source: 'server' as const, syncedAt: this.#nowIso() };
    this.#shown = { userId, integrations: list.integrations };
    this.#session.setLastSyncedAt(list.syncedAt);
    emitList(this.#listeners, list, this.#logger);
    await this.#queued(async () => {
      if (current()) await this.#cache.write(userId, list.integrations, list.syncedAt);
    });
    return true;
  }

  onIntegrationsChanged(listener: (list: IntegrationList) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  stop(): void {
    this.#stopped = true;
    this.#cancelTimer();
    for (const unsubscribe of this.#unsubscribers.splice(0)) unsubscribe();
  }

  #connect(): Promise<boolean> {
    this.#inFlight ??= this.#attempt().finally(() => {
      this.#inFlight = null;
    });
    return this.#inFlight;
  }

  async #attempt(): Promise<boolean> {
    this.#cancelTimer();
    this.#session.setConnectivity('connecting');
    try {
      const probe = await this.#monitor.probe();
      if (probe !== 'reachable') return this.#failed(`server ${probe}`);
      const refresh = await this.#session.refreshNow();
      if (refresh === 'unreachable' || refresh === 'failed')
        return this.#failed(`refresh ${refresh}`);
      // A null list (the user changed meanwhile) is no connection failure: the new user's own
      // load follows their sign-in. A refused refresh (key, paused project, rate limit: the
      // session's notice says so) is not offline either, and no timer retries it.
      const user = this.#session.getState().user;
      if (user !== null && refresh !== 'refused') await this.#sync(user.id);
      this.#attempts = 0;
      this.#session.setConnectivity('online');
      this.#logger.info('Online');
      return true;
    } catch (error) {
      return this.#failed(error);
    }
  }

  #failed(reason: unknown): false {
    if (this.#stopped) return false;
    this.#session.setConnectivity('offline');
    const delay = backoffDelay(this.#attempts, this.#backoff, this.#random);
    this.#attempts += 1;
    this.#nextRetryAt = this.#clock.now() + delay;
    this.#timer = this.#clock.setTimeout(() => {
      this.#timer = null;
      this.#nextRetryAt = null;
      void this.#connect();
    }, delay);
    this.#logger.info('Offline; will retry', { reason, retryInMs: delay });
    return false;
  }

  /**
   * Loads the list from the server, caches it and pushes it to the listeners. Answers null, having
   * cached and pushed nothing, when the user changed while it ran (signed out, or someone else
   * signed in): their list must not reach the next user's screen or outlive a sign-out on disk.
   */
  async #sync(userId: string): Promise<IntegrationList | null> {
    const current = this.#isCurrent(userId);
    let integrations = await this.#vault.list();
    if (current() && (await restoreAbandoned(this.#abandonedTests, integrations, this.#logger))) {
      integrations = await this.#vault.list();
    }
    return this.#publish(userId, current, () => Promise.resolve(integrations));
  }

  /** Whether the user is still the one signed in when this was called (same generation). */
  #isCurrent(userId: string): () => boolean {
    const generation = this.#generation;
    return () => generation === this.#generation && this.#session.getState().user?.id === userId;
  }

  /**
   * Caches the list `produce` gives (null: nothing to publish) and pushes it. Checked again inside
   * the queue: a clear queued by a sign-out meanwhile runs after this write (removing it again),
   * and a write that starts after the sign-out is skipped.
   */
  async #publish(
    userId: string,
    current: () => boolean,
    produce: () => Promise<Integration[] | null>,
  ): Promise<IntegrationList | null> {
    const written = await this.#queued(async () => {
      const integrations = current() ? await produce() : null;
      if (integrations === null || !current()) return null;
      const syncedAt = this.#nowIso();
      await this.#cache.write(userId, integrations, syncedAt);
      return { integrations, source: 'server' as const, syncedAt };
    });
    if (!written || !current()) return null;
    this.#shown = { userId, integrations: written.integrations };
    this.#session.setLastSyncedAt(written.syncedAt);
    emitList(this.#listeners, written, this.#logger);
    return written;
  }

  #nowIso(): string {
    return new Date(this.#clock.now()).toISOString();
  }

  #queued<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#cacheQueue.then(task);
    this.#cacheQueue = run.catch(() => undefined);
    return run;
  }

  #onConnectivityEvent(event: ConnectivityEvent): void {
    if (this.#stopped || this.#inFlight !== null) return; // an attempt reports its own outcome
    const connectivity = this.#session.getState().connectivity;
    if ((event === 'server-lost' || event === 'network-down') && connectivity === 'online') {
      this.#logger.info('Connection lost', { event });
      this.#failed(event);
    } else if ((event === 'network-up' || event === 'server-seen') && connectivity !== 'online') {
      void this.#connect();
    }
  }

  #onSessionState(state: SessionState): void {
    const userId = state.user?.id ?? null;
    if (userId === this.#userId) return;
    this.#userId = userId;
    this.#generation += 1;
    this.#shown = null;
    // Queued behind a write of the previous user's list that may be running, so it removes that
    // too; the next user's writes queue behind it.
    this.#queued(() => this.#cache.clear()).catch((error: unknown) =>
      this.#logger.warn('Cache clear failed', { error }),
    );
    if (userId === null) {
      emitList(
        this.#listeners,
        { integrations: [], source: 'cache', syncedAt: null },
        this.#logger,
      );
      return;
    }
    if (state.connectivity === 'online') {
      this.#sync(userId).catch((error: unknown) =>
        this.#logger.warn('Loading the list failed', { error }),
      );
    } else if (this.#inFlight === null) {
      void this.#connect();
    }
  }

  #cancelTimer(): void {
    if (this.#timer !== null) this.#clock.clearTimeout(this.#timer);
    this.#timer = null;
    this.#nextRetryAt = null;
  }
}

const userChanged = () => new AppError('not_authenticated', 'user_changed');
