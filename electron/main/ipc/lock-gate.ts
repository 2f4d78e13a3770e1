import type { AppErrorPayload } from '../../../shared/errors.ts';
import type { IpcChannelName } from '../../../shared/ipc/contract.ts';
import { LOCKED_CHANNELS, LOCKED_EVENTS } from '../../../shared/ipc/locked-channels.ts';
import type { EmitEvent } from './emit-event.ts';

/*
 * Auto-lock's gate (issue #13 §3), in main, where a compromised or stale page cannot skip it:
 * while the app is locked, every channel but the few of shared/ipc/locked-channels.ts is refused
 * before its input is read or a service runs, and only the lock, session and settings events go
 * out. The page's unlock screen is a courtesy; this is the lock.
 */

/** The refusal every gated channel answers while locked. */
export const APP_LOCKED: AppErrorPayload = { code: 'not_authenticated', reason: 'app_locked' };

/** For createIpcDispatch's `gate`: the refusal for `channel`, or null when it may run. */
export function lockGate(
  isLocked: () => boolean,
): (channel: IpcChannelName) => AppErrorPayload | null {
  return (channel) => (isLocked() && !LOCKED_CHANNELS.has(channel) ? APP_LOCKED : null);
}

/** Holds back, while locked, every event the unlock screen does not need (dropped, not queued). */
export function gatedEmit(emit: EmitEvent, isLocked: () => boolean): EmitEvent {
  return (event, payload) => {
    if (isLocked() && !LOCKED_EVENTS.has(event)) return;
    emit(event, payload);
  };
}
