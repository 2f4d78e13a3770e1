import { isAuthError } from '@supabase/supabase-js';
import type { AuthReason } from '../../../shared/auth-reasons.ts';
import { AUTH_CODE_REASONS, GENERIC } from '../../../shared/auth-reasons.ts';
import { mapAuthError } from './auth-errors.ts';
import type { AuthAnswerSeen } from './observed-fetch.ts';

/**
 * The reason for an error Auth put in a link's redirect (`error_code`, e.g. `otp_expired` for an
 * expired or already used link). The code came through a URL anyone can write: it only selects
 * one of the app's reasons, and an unknown one is `link_failed`.
 */
export function linkErrorReason(errorCode: string | null): AuthReason {
  if (errorCode === null || !Object.hasOwn(AUTH_CODE_REASONS, errorCode)) return 'link_failed';
  const mapped = AUTH_CODE_REASONS[errorCode];
  return mapped === undefined || mapped === GENERIC ? 'link_failed' : mapped;
}

/**
 * Why `exchangeCodeForSession` failed. No verifier means no request was started on this device
 * (auth-js `AuthPKCECodeVerifierMissingError`): the link was opened on another computer, or the
 * app's data was reset since. A used or expired code is `flow_state_not_found` /
 * `flow_state_expired` from Auth (internal/api/token.go PKCE grant), i.e. `link_expired`.
 */
export function linkExchangeReason(error: unknown, seen?: AuthAnswerSeen): AuthReason {
  if (isAuthError(error) && error.name === 'AuthPKCECodeVerifierMissingError') {
    return 'link_other_device';
  }
  return mapAuthError(error, seen).reason as AuthReason;
}
