/*
 * What an answer from GoTrue says about the stored session. auth-js drops the session on any
 * refresh error it does not consider retryable (a 4xx from a proxy, a 429, an unknown code, an
 * HTML page from a captive portal…). Only the server saying "this session or refresh token is not
 * valid" should sign a desktop user out; everything else is a transient problem.
 */

export type AuthVerdict = 'accepted' | 'rejected' | 'transient';

/**
 * GoTrue error codes meaning the session is definitively gone
 * (https://supabase.com/docs/guides/auth/debugging/error-codes).
 */
export const SESSION_REJECTED_CODES: ReadonlySet<string> = new Set([
  'refresh_token_not_found',
  'refresh_token_already_used',
  'session_not_found',
  'session_expired',
  'bad_jwt',
  'user_not_found',
  'user_banned',
]);

/**
 * A refresh token GoTrue cannot even parse is answered `validation_failed` (internal/api/token.go
 * RefreshTokenGrant: "refresh_token required"/malformed): on the refresh route that session is
 * gone too. On `/user` (updateUser) the same code means a refused new password, not a lost session.
 */
export const REFRESH_REJECTED_CODES: ReadonlySet<string> = new Set(['validation_failed']);

/** Whether this is GoTrue's refresh-token grant. */
export function isRefreshRoute(url: URL): boolean {
  const path = url.pathname.replace(/\/+$/, '');
  return path.endsWith('/auth/v1/token') && url.searchParams.get('grant_type') === 'refresh_token';
}

/** The GoTrue routes whose failure auth-js answers by removing the session. */
export function isSessionRoute(url: URL): boolean {
  const path = url.pathname.replace(/\/+$/, '');
  if (path.endsWith('/auth/v1/token'))
    return url.searchParams.get('grant_type') === 'refresh_token';
  return path.endsWith('/auth/v1/user') || path.endsWith('/auth/v1/logout');
}

/** Reads the error code the way auth-js does (current `code`, legacy `error_code`, header). */
export function errorCodeOf(body: unknown, headers: Headers): string | null {
  const header = headers.get('x-sb-error-code');
  if (header) return header;
  if (typeof body !== 'object' || body === null) return null;
  const record = body as Record<string, unknown>;
  if (typeof record.code === 'string') return record.code;
  if (typeof record.error_code === 'string') return record.error_code;
  // OAuth-style answer of older GoTrue versions to a bad refresh token.
  if (record.error === 'invalid_grant') return 'refresh_token_not_found';
  return null;
}

export function classifyAuthAnswer(
  status: number,
  body: unknown,
  headers: Headers,
  refresh = false,
): AuthVerdict {
  if (status >= 200 && status < 300) return 'accepted';
  if (status >= 400 && status < 500) {
    const code = errorCodeOf(body, headers);
    if (code !== null && SESSION_REJECTED_CODES.has(code)) return 'rejected';
    if (refresh && code !== null && REFRESH_REJECTED_CODES.has(code)) return 'rejected';
  }
  return 'transient';
}
