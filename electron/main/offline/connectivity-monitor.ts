import type { Logger } from '../logging/logger.ts';
import type { FetchLike, TransportObserver } from '../session/observed-fetch.ts';

/*
 * Whether the Supabase project can be used right now, from two sources:
 * - the operating system's view of the network (Electron's `net.isOnline()`, re-read when
 *   `powerMonitor` says the machine resumed), injected as a `NetworkSignal`;
 * - what actually happens on the wire: every call the app makes reports its outcome here (via the
 *   observed fetch), and a probe of the project's health endpoint checks on demand.
 * A network failure or a 502/503/504 (the gateway up, the project not) counts as unreachable.
 */

export interface NetworkSignal {
  isOnline(): boolean;
  /** Calls back when the OS view changes; returns the unsubscribe. */
  subscribe?(listener: (online: boolean) => void): () => void;
}

export type ConnectivityEvent = 'network-up' | 'network-down' | 'server-lost' | 'server-seen';
export type ProbeResult = 'reachable' | 'no-network' | 'unreachable';

export interface ConnectivityMonitorOptions {
  supabaseUrl: string;
  supabaseAnonKey: string;
  /** The OS signal; without one the network is assumed up and only reachability counts. */
  network?: NetworkSignal;
  /** The fetch used for probes (not observed: a probe reports through its result). */
  fetch?: FetchLike;
  probeTimeoutMs?: number;
  logger: Logger;
}

const UNAVAILABLE_STATUSES = new Set([502, 503, 504]);

export class ConnectivityMonitor implements TransportObserver {
  readonly #options: ConnectivityMonitorOptions;
  readonly #listeners = new Set<(event: ConnectivityEvent) => void>();
  readonly #unsubscribeNetwork: () => void;
  readonly #logger: Logger;

  constructor(options: ConnectivityMonitorOptions) {
    this.#options = options;
    this.#logger = options.logger.child('connectivity');
    this.#unsubscribeNetwork =
      options.network?.subscribe?.((online) =>
        this.#emit(online ? 'network-up' : 'network-down'),
      ) ?? (() => undefined);
  }

  isNetworkUp(): boolean {
    return this.#options.network?.isOnline() ?? true;
  }

  reportNetworkFailure(): void {
    this.#emit('server-lost');
  }

  reportResponse(status: number): void {
    this.#emit(UNAVAILABLE_STATUSES.has(status) ? 'server-lost' : 'server-seen');
  }

  /** Asks the project's auth health endpoint; any answer but 502-504 means it is reachable. */
  async probe(): Promise<ProbeResult> {
    if (!this.isNetworkUp()) return 'no-network';
    const fetcher = this.#options.fetch ?? ((input, init) => fetch(input, init));
    const url = new URL('auth/v1/health', withTrailingSlash(this.#options.supabaseUrl));
    try {
      const response = await fetcher(url, {
        headers: { apikey: this.#options.supabaseAnonKey },
        signal: AbortSignal.timeout(this.#options.probeTimeoutMs ?? 5_000),
      });
      await response.body?.cancel();
      if (UNAVAILABLE_STATUSES.has(response.status)) return 'unreachable';
      return 'reachable';
    } catch (error) {
      this.#logger.debug('Probe failed', { error });
      return 'unreachable';
    }
  }

  onEvent(listener: (event: ConnectivityEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  dispose(): void {
    this.#unsubscribeNetwork();
    this.#listeners.clear();
  }

  #emit(event: ConnectivityEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (error) {
        this.#logger.warn('A connectivity listener failed', { error });
      }
    }
  }
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
