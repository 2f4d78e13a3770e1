import { isAuthApiError, isAuthError, isAuthRetryableFetchError } from '@supabase/supabase-js';
import { AppError } from '../../../shared/errors.ts';

/*
 * GoTrue / auth-js failures mapped to the app's error set. Messages are ours: GoTrue's are fine
 * for developers but name internals, and nothing from the request (the password) is echoed.
 * Codes: https://supabase.com/docs/guides/auth/debugging/error-codes
 */

const BY_CODE: Record<string, { code: AppError['code']; message: string; field?: string }> = {
  invalid_credentials: { code: 'not_authenticated', message: 'The e-mail or password is wrong.' },
  email_not_confirmed: {
    code: 'not_authenticated',
    message: 'Confirm your e-mail address first: follow the link we sent you, then sign in.',
  },
  user_already_exists: {
    code: 'conflict',
    message: 'An account with this e-mail already exists. Sign in instead.',
    field: 'email',
  },
  email_exists: {
    code: 'conflict',
    message: 'An account with this e-mail already exists. Sign in instead.',
    field: 'email',
  },
  weak_password: {
    code: 'invalid_input',
    message: 'Choose a stronger password.',
    field: 'password',
  },
  email_address_invalid: {
    code: 'invalid_input',
    message: 'This e-mail address cannot be used.',
    field: 'email',
  },
  validation_failed: { code: 'invalid_input', message: 'Check the e-mail and password.' },
  signup_disabled: {
    code: 'server_error',
    message: 'New sign-ups are turned off for this project.',
  },
  email_provider_disabled: {
    code: 'server_error',
    message: 'E-mail sign-in is turned off for this project.',
  },
  over_request_rate_limit: {
    code: 'server_error',
    message: 'Too many attempts. Wait a moment and try again.',
  },
  over_email_send_rate_limit: {
    code: 'server_error',
    message: 'Too many e-mails sent. Wait a moment and try again.',
  },
  user_banned: { code: 'not_authenticated', message: 'This account is suspended.' },
};

const SESSION_GONE = new Set([
  'session_not_found',
  'session_expired',
  'refresh_token_not_found',
  'refresh_token_already_used',
  'bad_jwt',
  'no_authorization',
  'user_not_found',
]);

export function mapAuthError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isAuthRetryableFetchError(error)) {
    return error.status === 0
      ? new AppError('offline', 'Cannot reach the server. Check your connection.', { cause: error })
      : new AppError('server_error', 'The server is unavailable right now. Try again shortly.', {
          cause: error,
        });
  }
  if (isAuthApiError(error)) {
    const known = error.code === undefined ? undefined : BY_CODE[error.code];
    if (known) {
      return new AppError(known.code, known.message, {
        cause: error,
        ...(known.field === undefined ? {} : { field: known.field }),
      });
    }
    if (error.code !== undefined && SESSION_GONE.has(error.code)) {
      return new AppError('not_authenticated', 'Your session has ended. Sign in again.', {
        cause: error,
      });
    }
    if (error.status >= 500) {
      return new AppError('server_error', 'The server had a problem. Try again shortly.', {
        cause: error,
      });
    }
  }
  if (isAuthError(error) && error.name === 'AuthSessionMissingError') {
    return new AppError('not_authenticated', 'Sign in first.', { cause: error });
  }
  return new AppError('server_error', 'Signing in failed unexpectedly. Try again.', {
    cause: error,
  });
}
