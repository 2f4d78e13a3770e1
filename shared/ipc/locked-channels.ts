import type { IpcChannelName, IpcEventName } from './contract.ts';

/**
 * The only channels main answers while the app is locked (issue #13 §3): what the unlock screen
 * needs (the lock's state, unlocking, locking again, its language and theme) and the way out (reading the session to know
 * who is signed in, and signing out). Every other channel is refused with `app_locked` before its
 * input is even read (electron/main/ipc/lock-gate.ts); the renderer's stand-ins for main follow
 * this list too.
 */
export const LOCKED_CHANNELS: ReadonlySet<IpcChannelName> = new Set<IpcChannelName>([
  'lock:get-state',
  'lock:lock',
  'lock:unlock',
  'session:get-state',
  'session:sign-out',
  // The unlock screen's language and theme, and nothing else of the preferences.
  'settings:set-appearance',
]);

/**
 * The only events main sends while locked: the lock itself, who is signed in, and the settings
 * (language and theme of the unlock screen). Lists, statuses and notices about integrations wait
 * for the unlock, so nothing refills what the page dropped on lock.
 */
export const LOCKED_EVENTS: ReadonlySet<IpcEventName> = new Set<IpcEventName>([
  'lock:changed',
  'session:changed',
  'settings:changed',
]);
