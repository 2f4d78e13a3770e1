import {
  isAuthApiError,
  isAuthError,
  isAuthRetryableFetchError,
  isAuthWeakPasswordError,
} from '@supabase/supabase-js';
import type { AuthReason } from '../../../shared/auth-reasons.ts';
import {
  authReasonFor,
  authReasonForStatus,
  weakPasswordReasonSchema,
} from '../../../shared/auth-reasons.ts';
import type { AppErrorCode, AppErrorParams } from '../../../shared/errors.ts';
import { AppError } from '../../../shared/errors.ts';
import type { AuthAnswerSeen } from './observed-fetch.ts';

/*
 * Supabase Auth / auth-js failures as the app's errors: the reason comes from the one table in
 * shared/auth-reasons.ts, the renderer words it. Nothing of the server's text (which may quote
 * the request) is kept.
 * auth-js (src/lib/fetch.ts handleError): `weak_password` is an AuthWeakPasswordError (not an
 * AuthApiError); 5xx/52x without JSON are AuthRetryableFetchError; a 401 from the gateway or a
 * 540 with a JSON body is an AuthApiError without code.
 */

const APP_CODE: Record<AuthReason, AppErrorCode> = {
  wrong_credentials: 'not_authenticated',
  email_not_confirmed: 'not_authenticated',
  account_exists: 'conflict',
  weak_password: 'invalid_input',
  password_too_long: 'invalid_input',
  email_invalid: 'invalid_input',
  email_not_authorized: 'invalid_input',
  input_invalid: 'invalid_input',
  same_password: 'invalid_input',
  current_password_wrong: 'invalid_input',
  signup_disabled: 'server_error',
  email_sign_in_disabled: 'server_error',
  rate_limited: 'rate_limited',
  email_rate_limited: 'rate_limited',
  account_suspended: 'not_authenticated',
  session_ended: 'not_authenticated',
  link_expired: 'not_authenticated',
  link_refused: 'invalid_input',
  link_not_supported: 'invalid_input',
  link_other_device: 'not_authenticated',
  link_failed: 'not_authenticated',
  reauthentication_needed: 'not_authenticated',
  captcha_failed: 'server_error',
  api_key_refused: 'not_configured',
  project_paused: 'server_error',
  auth_unavailable: 'server_error',
  auth_unreachable: 'offline',
  sign_in_first: 'not_authenticated',
  oauth_denied: 'not_authenticated',
  oauth_timed_out: 'not_authenticated',
  oauth_refused: 'invalid_input',
  oauth_unavailable: 'server_error',
  second_factor_needed: 'not_authenticated',
  second_factor_code_wrong: 'invalid_input',
  second_factor_code_expired: 'invalid_input',
  second_factor_name_taken: 'conflict',
  second_factor_limit: 'conflict',
  second_factor_not_found: 'not_found',
  second_factor_disabled: 'server_error',
  auth_failed: 'server_error',
};

const FIELD: Partial<Record<AuthReason, string>> = {
  account_exists: 'email',
  weak_password: 'password',
  password_too_long: 'password',
  same_password: 'password',
  current_password_wrong: 'currentPassword',
  email_invalid: 'email',
  email_not_authorized: 'email',
  second_factor_code_wrong: 'code',
  second_factor_code_expired: 'code',
};

export function authError(
  reason: AuthReason,
  options: { cause?: unknown; params?: AppErrorParams } = {},
): AppError {
  const field = FIELD[reason];
  return new AppError(APP_CODE[reason], reason, {
    ...(field === undefined ? {} : { field }),
    ...(options.params === undefined ? {} : { params: options.params }),
    ...(options.cause === undefined ? {} : { cause: options.cause }),
  });
}

/**
 * The reason behind an auth-js error, or null when it is not one (or not from Auth). `status` is
 * the last HTTP status seen from Auth: auth-js's AuthUnknownError (a body that is not JSON, as a
 * paused project's 540) carries none.
 */
export function authReasonOf(error: unknown, status?: number): AuthReason | null {
  if (isAuthWeakPasswordError(error)) return 'weak_password';
  if (isAuthError(error) && error.name === 'AuthUnknownError' && status !== undefined) {
    return authReasonForStatus(status);
  }
  if (isAuthRetryableFetchError(error)) {
    if (error.status === 0) return 'auth_unreachable';
    return authReasonFor(undefined, error.status);
  }
  if (isAuthApiError(error)) return authReasonFor(error.code, error.status);
  if (isAuthError(error) && error.name === 'AuthSessionMissingError') return 'sign_in_first';
  return null;
}

/** `seen`: the last Auth answer's status and Retry-After, which auth-js does not keep. */
export function mapAuthError(error: unknown, seen?: AuthAnswerSeen): AppError {
  if (error instanceof AppError) return error;
  if (isAuthWeakPasswordError(error)) {
    const reasons = error.reasons.flatMap((reason) => {
      const parsed = weakPasswordReasonSchema.safeParse(reason);
      return parsed.success ? [parsed.data] : [];
    });
    return authError('weak_password', { cause: error, params: { passwordReasons: reasons } });
  }
  const reason = authReasonOf(error, seen?.status) ?? 'auth_failed';
  const wait =
    reason === 'rate_limited' || reason === 'email_rate_limited'
      ? (seen?.retryAfterSeconds ?? waitInMessage(error))
      : undefined;
  return authError(reason, {
    cause: error,
    ...(wait !== undefined ? { params: { retryAfterSeconds: wait } } : {}),
  });
}

/**
 * GoTrue sends no Retry-After with the per-address mail limit; its message says the wait
 * ("For security purposes, you can only request this after 42 seconds.", internal/api/mail.go and
 * resend.go). Only that number is read from the text, and only within reason.
 */
function waitInMessage(error: unknown): number | undefined {
  if (!isAuthError(error)) return undefined;
  const match = /\bafter (\d{1,5}) seconds?\b/.exec(error.message);
  return match ? Number(match[1]) : undefined;
}
