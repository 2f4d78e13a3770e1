import type { SupabaseClient } from '@supabase/supabase-js';
import type { Integration } from '../../../shared/integration.ts';
import type { SessionState } from '../../../shared/session.ts';
import type { Logger } from '../logging/logger.ts';
import type { BackoffOptions } from '../offline/backoff.ts';
import { DEFAULT_BACKOFF, backoffDelay } from '../offline/backoff.ts';
import type { Clock, TimerHandle } from '../offline/clock.ts';
import { systemClock } from '../offline/clock.ts';
import type { LiveChange } from './live-changes.ts';
import { applyLiveChanges, parseLiveChange } from './live-changes.ts';
import type { LiveChannelHandle, LiveChannelHandlers } from './live-channel.ts';
import { openLiveChannel } from './live-channel.ts';

/** A full reload at least this often, so nothing is missed while Realtime is unavailable. */
export const RELOAD_EVERY_MS = 10 * 60_000;
/** On window focus, the list is reloaded when the last sync is older than this. */
export const FOCUS_STALE_MS = 60_000;
/** How long merged changes are kept for a reload that may have overlapped them. */
const RECENT_MS = 60_000;

export interface LiveSyncOptions {
  session: {
    getState(): SessionState;
    onStateChange(listener: (state: SessionState) => void): () => void;
  };
  client: Pick<SupabaseClient, 'channel' | 'removeChannel'>;
  list: {
    /** Loads the whole list from the server (cache updated, `integrations:changed` pushed). */
    reload(): Promise<unknown>;
    /** Merges into the cached list and pushes it; false when there is no list to merge into. */
    applyLive(userId: string, apply: (list: Integration[]) => Integration[]): Promise<boolean>;
  };
  logger: Logger;
  /** Sees every batch of changes just before it is merged (the notifications use it). */
  onChanges?: (changes: readonly LiveChange[]) => void;
  openChannel?: (userId: string, handlers: LiveChannelHandlers) => LiveChannelHandle;
  clock?: Clock;
  random?: () => number;
  backoff?: Partial<BackoffOptions>;
}

/**
 * Keeps the list live while online and signed in: one private channel per user; each change is
 * merged into the list and the sealed cache, and one `integrations:changed` goes to the page per
 * batch. Whenever live delivery may have missed something, the whole list is loaded instead: when
 * the channel is joined (first time and after every reconnect), when it fails or closes (then a
 * new channel follows with the offline backoff), on resume from sleep, on focus after a minute
 * without sync, and every ten minutes. Electron-free: main's composition root forwards focus and
 * resume.
 */
export class LiveSync {
  readonly #options: LiveSyncOptions;
  readonly #logger: Logger;
  readonly #clock: Clock;
  readonly #backoff: BackoffOptions;
  readonly #open: NonNullable<LiveSyncOptions['openChannel']>;
  #channel: LiveChannelHandle | null = null;
  #channelUser: string | null = null;
  #retry: TimerHandle | null = null;
  #periodic: TimerHandle | null = null;
  #attempts = 0;
  #pending: LiveChange[] = [];
  /** Changes merged lately, with when: a reload that overlapped them gets them again. */
  #recent: { at: number; userId: string; change: LiveChange }[] = [];
  #draining: Promise<void> | null = null;
  #unsubscribe: (() => void) | null = null;
  #stopped = false;

  constructor(options: LiveSyncOptions) {
    this.#options = options;
    this.#logger = options.logger.child('live-sync');
    this.#clock = options.clock ?? systemClock;
    this.#backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
    this.#open =
      options.openChannel ??
      ((userId, handlers) => openLiveChannel(options.client, userId, handlers));
  }

  start(): void {
    this.#unsubscribe = this.#options.session.onStateChange(() => this.#follow());
    this.#schedulePeriodic();
    this.#follow();
  }

  /** The window got focus: reload when the last sync is older than a minute. */
  onFocus(): void {
    const syncedAt = this.#options.session.getState().lastSyncedAt;
    if (syncedAt === null || this.#clock.now() - Date.parse(syncedAt) > FOCUS_STALE_MS) {
      this.#reload('focus');
    }
  }

  /** The machine woke up: the socket may be dead and changes missed; reload and rejoin. */
  onResume(): void {
    this.#closeChannel();
    this.#follow();
    this.#reload('resume');
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#unsubscribe?.();
    this.#cancel('retry');
    this.#cancel('periodic');
    this.#closeChannel();
    await this.#draining;
  }

  /** Opens, keeps or closes the channel to match the session. */
  #follow(): void {
    if (this.#stopped) return;
    const state = this.#options.session.getState();
    const userId =
      state.status === 'signed_in' && state.connectivity === 'online'
        ? (state.user?.id ?? null)
        : null;
    if (userId !== this.#channelUser) {
      this.#closeChannel();
      this.#pending = [];
    }
    if (userId === null) {
      this.#cancel('retry');
      this.#attempts = 0;
      return;
    }
    if (this.#channel !== null || this.#retry !== null) return;
    this.#channelUser = userId;
    const channel = this.#open(userId, {
      onJoined: () => {
        if (this.#channel !== channel) return;
        this.#attempts = 0;
        this.#logger.info('Live sync joined');
        this.#reload('joined');
      },
      onMessage: (event, payload) => {
        if (this.#channel === channel) this.#receive(userId, event, payload);
      },
      onLost: (reason) => {
        if (this.#channel === channel) this.#lost(reason);
      },
    });
    this.#channel = channel;
  }

  #lost(reason: string): void {
    this.#closeChannel();
    const delay = backoffDelay(this.#attempts, this.#backoff, this.#options.random);
    this.#attempts += 1;
    this.#logger.info('Live sync lost; reloading, and joining again later', {
      reason,
      retryInMs: delay,
    });
    this.#reload('lost');
    this.#retry = this.#clock.setTimeout(() => {
      this.#retry = null;
      this.#follow();
    }, delay);
  }

  #receive(userId: string, event: string, payload: unknown): void {
    const change = parseLiveChange(event, payload);
    if (change === null) {
      this.#reload('unknown message');
      return;
    }
    this.#pending.push(change);
    this.#draining ??= this.#drain(userId).finally(() => {
      this.#draining = null;
    });
  }

  /** Merges what arrived, batch by batch: a burst becomes a few list pushes, in order. */
  async #drain(userId: string): Promise<void> {
    while (this.#pending.length > 0 && !this.#stopped) {
      const batch = this.#pending.splice(0);
      try {
        // Before the merge: the notifications compare with the statuses the page still shows.
        this.#options.onChanges?.(batch);
        const at = this.#clock.now();
        this.#recent = this.#recent.filter((entry) => at - entry.at < RECENT_MS);
        this.#recent.push(...batch.map((change) => ({ at, userId, change })));
        const merged = await this.#options.list.applyLive(userId, (list) =>
          applyLiveChanges(list, batch),
        );
        if (!merged) this.#reload('nothing to merge into');
      } catch (error) {
        this.#logger.warn('Merging live changes failed; reloading', { error });
        this.#reload('merge failed');
      }
    }
  }

  #reload(why: string): void {
    const state = this.#options.session.getState();
    if (this.#stopped || state.status !== 'signed_in' || state.connectivity !== 'online') return;
    const userId = state.user?.id ?? null;
    const since = this.#clock.now();
    this.#options.list
      .reload()
      .then(async () => {
        // A change that arrived while the reload ran may be newer than what it read: merge it
        // again (an update older than the list is skipped, see applyLiveChanges).
        const late = this.#recent
          .filter((entry) => entry.at >= since && entry.userId === userId)
          .map((entry) => entry.change);
        if (late.length > 0 && userId !== null && !this.#stopped) {
          await this.#options.list.applyLive(userId, (list) => applyLiveChanges(list, late));
        }
      })
      .catch((error: unknown) => {
        this.#logger.warn('Reloading the list failed', { why, error });
      });
  }

  #schedulePeriodic(): void {
    this.#periodic = this.#clock.setTimeout(() => {
      this.#reload('periodic');
      if (!this.#stopped) this.#schedulePeriodic();
    }, RELOAD_EVERY_MS);
  }

  #closeChannel(): void {
    const channel = this.#channel;
    this.#channel = null;
    this.#channelUser = null;
    channel?.close().catch(() => undefined);
  }

  #cancel(which: 'retry' | 'periodic'): void {
    const timer = which === 'retry' ? this.#retry : this.#periodic;
    if (timer !== null) this.#clock.clearTimeout(timer);
    if (which === 'retry') this.#retry = null;
    else this.#periodic = null;
  }
}
