/**
 * Fault switches: how a test makes the local Supabase API misbehave the way a real one does when
 * the network or the project is in trouble. They are read on every request, so a test flips them
 * at runtime from its own process.
 *
 * "Server down" must look like what auth-js treats as retryable (a closed port or a 503), not a
 * 500 the app could mistake for a rejected session.
 */

/** A forced answer for `POST /auth/v1/token?grant_type=refresh_token`. */
export interface RefreshFailure {
  status: number;
  /** GoTrue error code; defaults by status (400 refresh_token_not_found, 5xx unexpected_failure). */
  code?: string;
  message?: string;
}

/** The runtime controls a test holds. */
export interface FaultSwitches {
  /** Closes the listening port (every call then fails at connect); `restore()` reopens it. */
  setUnreachable(unreachable: boolean): Promise<void>;
  /** Every request answers 503 with a JSON body, like the gateway with the project down. */
  status503: boolean;
  /**
   * Every request answers 540, Supabase's own status for a paused project (docs: "HTTP status
   * codes", 54X project errors), with a body that is not JSON, so auth-js keeps no status.
   */
  paused: boolean;
  /** Delays every response by this many milliseconds (0: no delay). */
  slowMs: number;
  /** Lifetime of access tokens issued from now on (GoTrue's default: 3600). */
  accessTokenTtlSeconds: number;
  /** When set, every refresh-token grant answers this instead of refreshing. */
  refreshFailure: RefreshFailure | null;
  /** Realtime answers every join with an error, as while it restarts (sockets stay open). */
  realtimeRefuseJoins: boolean;
  /** Drops every open Realtime socket at once (clients reconnect with their own backoff). */
  dropRealtimeSockets(): void;
  /** Puts every switch back to normal and reopens the port. */
  restore(): Promise<void>;
}

export const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 3600;

/** The switch state the server reads; `setUnreachable` is wired to the server by `createFaults`. */
export function createFaults(
  setListening: (listening: boolean) => Promise<void>,
  dropRealtimeSockets: () => void = () => undefined,
): FaultSwitches & { readonly unreachable: boolean } {
  let unreachable = false;
  const faults = {
    status503: false,
    paused: false,
    slowMs: 0,
    accessTokenTtlSeconds: DEFAULT_ACCESS_TOKEN_TTL_SECONDS,
    refreshFailure: null as RefreshFailure | null,
    realtimeRefuseJoins: false,
    dropRealtimeSockets,
    get unreachable() {
      return unreachable;
    },
    async setUnreachable(value: boolean) {
      if (value === unreachable) return;
      unreachable = value;
      await setListening(!value);
    },
    async restore() {
      faults.status503 = false;
      faults.paused = false;
      faults.slowMs = 0;
      faults.accessTokenTtlSeconds = DEFAULT_ACCESS_TOKEN_TTL_SECONDS;
      faults.refreshFailure = null;
      faults.realtimeRefuseJoins = false;
      await faults.setUnreachable(false);
    },
  };
  return faults;
}
