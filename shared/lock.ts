import { z } from 'zod';
import { totpCodeSchema } from './second-factor.ts';
import { TOO_LONG } from './field-issues.ts';

/*
 * Auto-lock (issue #13 §3): after an idle time, on the system's lock screen or sleep, or on
 * request, the app locks. Locked, main answers only the few channels the unlock screen needs
 * (shared/ipc/locked-channels.ts); the session stays in the keychain (a lock is not a sign-out).
 */

/** The idle times Settings offers, in minutes; `null` in the preference means "Nunca". */
export const AUTO_LOCK_MINUTES = [5, 15, 30, 60] as const;
export const autoLockMinutesSchema = z.literal(AUTO_LOCK_MINUTES);
export type AutoLockMinutes = z.infer<typeof autoLockMinutesSchema>;
/** What an absent preference means: locking is on by default, as in password managers. */
export const DEFAULT_AUTO_LOCK_MINUTES: AutoLockMinutes = 15;

/** Wrong passwords in a row before the app signs out (the session is removed from the keychain). */
export const MAX_UNLOCK_TRIES = 5;

export const lockStateSchema = z.strictObject({
  locked: z.boolean(),
  /** Wrong passwords left before the app signs out; MAX_UNLOCK_TRIES after a right one. */
  triesLeft: z.int().min(0).max(MAX_UNLOCK_TRIES),
});
export type LockState = z.infer<typeof lockStateSchema>;

/**
 * What unlocks the app: the account password, checked against Auth, or, for a user with a verified
 * second factor, a current code from the authenticator app. Input only: no answer or event of the
 * contract carries either back (shared/ipc/contract-secrets.test.ts), and main never logs them.
 */
export const unlockInputSchema = z.discriminatedUnion('method', [
  z.strictObject({
    method: z.literal('password'),
    password: z.string().min(1, { message: 'password_required' }).max(200, TOO_LONG),
  }),
  z.strictObject({ method: z.literal('code'), code: totpCodeSchema }),
]);
export type UnlockInput = z.output<typeof unlockInputSchema>;

/** The preference's value as a number of minutes, or null when locking is off. */
export function autoLockMinutesOf(preferences: {
  autoLockMinutes?: AutoLockMinutes | null | undefined;
}): AutoLockMinutes | null {
  return preferences.autoLockMinutes === undefined
    ? DEFAULT_AUTO_LOCK_MINUTES
    : preferences.autoLockMinutes;
}
