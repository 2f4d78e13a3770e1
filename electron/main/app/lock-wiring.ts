import type { ConnectionSettings } from '../../../shared/app-settings.ts';
import type { AutoLockMinutes } from '../../../shared/lock.ts';
import type { SessionNotice } from '../../../shared/session.ts';
import type { ConnectionService } from '../connection/connection-service.ts';
import type { EmitEvent } from '../ipc/emit-event.ts';
import { LockService } from '../lock/lock-service.ts';
import type { Logger } from '../logging/logger.ts';
import type { Clock } from '../offline/clock.ts';
import { systemClock } from '../offline/clock.ts';
import type { ConnectivityMonitor } from '../offline/connectivity-monitor.ts';
import type { FetchLike } from '../session/observed-fetch.ts';
import type { SecondFactorService } from '../session/second-factor-service.ts';
import type { SessionService } from '../session/session-service.ts';
import { createUnlockCheck } from '../session/unlock-check.ts';

/*
 * Auto-lock wired into one project's services (issue #13 §3): the lock checks the password
 * against this project's Auth, cancels this project's running tests, and follows its session.
 */

/** Where the lock reads the idle time and the preference (powerMonitor and the settings). */
export interface LockSource {
  /** Seconds since the last keyboard or mouse input anywhere (powerMonitor.getSystemIdleTime). */
  idleSeconds: () => number;
  /** The autoLockMinutes preference (shared/lock.ts `autoLockMinutesOf`); null: "Nunca". */
  minutes: () => Promise<AutoLockMinutes | null>;
  /** The idle poll's timers (tests pass a manual clock); the system clock by default. */
  clock?: Clock;
  pollMs?: number;
}

/** Without a source (tests that are not about locking): never locks by itself. */
export const NO_AUTO_LOCK: LockSource = {
  idleSeconds: () => 0,
  minutes: () => Promise.resolve(null),
};

export interface LockParts {
  source: LockSource;
  connection: ConnectionSettings;
  session: SessionService;
  secondFactor: SecondFactorService;
  connections: Pick<ConnectionService, 'stopTestAll' | 'cancelAll'>;
  monitor: ConnectivityMonitor;
  /**
   * The project's sign-out (running tests put back first, session removed from the keychain),
   * with the notice the sign-in screen shows.
   */
  signOut: (notice: SessionNotice) => Promise<unknown>;
  emit: EmitEvent;
  logger: Logger;
  fetch?: FetchLike;
}

/** The project's lock, and the one subscription that ends it with the session. */
export function buildLock(parts: LockParts): { lock: LockService; unsubscribe: () => void } {
  const { session, source } = parts;
  const lock = new LockService({
    idleSeconds: source.idleSeconds,
    idleMinutes: source.minutes,
    signedIn: () => session.getState().status === 'signed_in',
    verify: createUnlockCheck({
      supabaseUrl: parts.connection.supabaseUrl,
      supabaseAnonKey: parts.connection.supabaseAnonKey,
      currentEmail: () => session.currentUser()?.email ?? null,
      verifyCode: (code) => parts.secondFactor.verify({ code }),
      logger: parts.logger,
      transport: parts.monitor,
      ...(parts.fetch ? { fetch: parts.fetch } : {}),
    }),
    // The last wrong try signs out; the sign-in screen then says why (not a bare sign-in form).
    signOut: () => parts.signOut('unlock_tries_exhausted'),
    // The same path as "Detener" and sign-out: nothing queued starts, running tests are aborted
    // and put their rows back (the credentials they read are dropped with them).
    onLocked: async () => {
      parts.connections.stopTestAll();
      await parts.connections.cancelAll();
    },
    onChange: (state) => parts.emit('lock:changed', state),
    logger: parts.logger.child('lock'),
    clock: source.clock ?? systemClock,
    ...(source.pollMs !== undefined ? { pollMs: source.pollMs } : {}),
  });
  // A sign-out (the button on the unlock screen, or the server ending the session) ends the lock.
  const unsubscribe = session.onStateChange((state) => {
    if (state.status === 'signed_out') lock.onSignedOut();
  });
  return { lock, unsubscribe };
}

/**
 * At start: a session restored from the keychain starts locked when locking is on (the person
 * must prove it is them before the app shows anything), then the idle watch begins.
 */
export async function startLock(lock: LockService, source: LockSource, session: SessionService) {
  if (session.getState().status === 'signed_in' && (await source.minutes()) !== null) {
    await lock.lock('start');
  }
  lock.start();
}
