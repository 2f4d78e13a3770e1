import { randomBytes } from 'node:crypto';
import { AppError, KEYCHAIN_REASONS } from '../../../shared/errors.ts';
import type { KeychainReason } from '../../../shared/errors.ts';
import type { Logger } from '../logging/logger.ts';
import type { Keychain } from './keychain.ts';
import { KEYCHAIN_SERVICE, SESSION_KEY_ACCOUNT } from './keychain.ts';
import { KEY_BYTES } from './sealed-box.ts';

/**
 * The key that seals the files in the data folder, or why there is none. Without it the app keeps
 * the session in memory only: there is deliberately no plaintext fallback on disk.
 */
export type LocalKey =
  | { available: true; key: Buffer; reason: null }
  | { available: false; key: null; reason: KeychainReason };

/**
 * Reads the key from the keychain, creating it on first use. Throws `keychain_unavailable` with a
 * keychain reason when the keychain cannot be used (no Secret Service, locked, denied).
 */
export async function loadOrCreateLocalKey(keychain: Keychain, logger?: Logger): Promise<Buffer> {
  let stored: string | null;
  try {
    stored = await keychain.getPassword(KEYCHAIN_SERVICE, SESSION_KEY_ACCOUNT);
  } catch (error) {
    throw unavailable(error);
  }
  if (stored !== null) {
    const key = Buffer.from(stored, 'base64');
    if (key.length === KEY_BYTES) return key;
    // Not ours or damaged: replace it. Files sealed with the old value become unreadable, which
    // reads as "signed out", the safe outcome.
    logger?.warn('The keychain entry for the session key is malformed; replacing it');
  }
  const key = randomBytes(KEY_BYTES);
  try {
    await keychain.setPassword(KEYCHAIN_SERVICE, SESSION_KEY_ACCOUNT, key.toString('base64'));
  } catch (error) {
    throw unavailable(error);
  }
  return key;
}

/** The same, as a value: what the session and cache stores are built from. */
export async function resolveLocalKey(keychain: Keychain, logger?: Logger): Promise<LocalKey> {
  try {
    return { available: true, key: await loadOrCreateLocalKey(keychain, logger), reason: null };
  } catch (error) {
    const reason: KeychainReason =
      error instanceof AppError && isKeychainReason(error.reason)
        ? error.reason
        : 'keychain_failed';
    logger?.warn('Keychain unavailable: the session will last until the app quits', { reason });
    return { available: false, key: null, reason };
  }
}

function unavailable(error: unknown): AppError {
  return new AppError('keychain_unavailable', describeKeychainFailure(error), { cause: error });
}

/**
 * keytar's messages are libsecret/D-Bus jargon: which of the keychain reasons it means (the
 * renderer words each one). The message itself is only logged.
 */
export function describeKeychainFailure(
  error: unknown,
): 'keychain_missing' | 'keychain_locked' | 'keychain_failed' {
  const detail = error instanceof Error ? error.message : String(error);
  if (process.platform === 'linux' && /D-?Bus|Secret|org\.freedesktop|connect|X11/i.test(detail)) {
    return 'keychain_missing';
  }
  if (/locked/i.test(detail)) return 'keychain_locked';
  return 'keychain_failed';
}

function isKeychainReason(reason: string): reason is KeychainReason {
  return (KEYCHAIN_REASONS as readonly string[]).includes(reason);
}
