/**
 * GoTrue's error responses (supabase/auth internal/api/errors.go, HandleResponseError). The body
 * shape depends on the request's `X-Supabase-Api-Version` header, which auth-js always sends:
 * from 2024-01-01 on it is `{code, message}` and the version is echoed back (auth-js reads `code`
 * only then); before, or without the header, it is `{code: <status>, error_code, msg}`. The
 * `x-sb-error-code` header carries the code either way.
 */
import type { ApiRequest, ApiResponse } from '../http-io.ts';
import { jsonResponse } from '../http-io.ts';

export const API_VERSION_HEADER = 'x-supabase-api-version';
export const API_VERSION_2024_01_01 = '2024-01-01';

/** An HTTPError (or WeakPasswordError when `weakPasswordReasons` is set) of GoTrue. */
export class GoTrueError extends Error {
  readonly status: number;
  readonly code: string;
  readonly weakPasswordReasons: string[] | null;

  constructor(status: number, code: string, message: string, weakPasswordReasons?: string[]) {
    super(message);
    this.status = status;
    this.code = code;
    this.weakPasswordReasons = weakPasswordReasons ?? null;
  }
}

/** GoTrue's OAuth-style errors: always 400 `{error, error_description}`. */
export class OAuthError extends Error {
  readonly error: string;

  constructor(error: string, description: string) {
    super(description);
    this.error = error;
  }
}

export const badRequest = (code: string, message: string) => new GoTrueError(400, code, message);
export const forbidden = (code: string, message: string) => new GoTrueError(403, code, message);
export const unprocessable = (code: string, message: string) => new GoTrueError(422, code, message);

/** Whether the request asked for the 2024-01-01 API (a valid date on or after it). */
function usesVersion20240101(request: ApiRequest): boolean {
  const header = request.headers[API_VERSION_HEADER];
  if (!header || !/^\d{4}-\d{2}-\d{2}$/.test(header)) return false;
  const date = Date.parse(`${header}T00:00:00Z`);
  return !Number.isNaN(date) && date >= Date.parse('2024-01-01T00:00:00Z');
}

export function goTrueErrorResponse(request: ApiRequest, error: unknown): ApiResponse {
  const versioned = usesVersion20240101(request);
  const headers: Record<string, string> = versioned
    ? { [API_VERSION_HEADER]: API_VERSION_2024_01_01 }
    : {};
  if (error instanceof OAuthError) {
    return jsonResponse(400, { error: error.error, error_description: error.message }, headers);
  }
  const known =
    error instanceof GoTrueError
      ? error
      : new GoTrueError(
          500,
          'unexpected_failure',
          'Unexpected failure, please check server logs for more information',
        );
  const weak = known.weakPasswordReasons
    ? { weak_password: { reasons: known.weakPasswordReasons } }
    : {};
  if (!known.weakPasswordReasons || !versioned) headers['x-sb-error-code'] = known.code;
  const body = versioned
    ? { code: known.code, message: known.message, ...weak }
    : { code: known.status, error_code: known.code, msg: known.message, ...weak };
  return jsonResponse(known.status, body, headers);
}
