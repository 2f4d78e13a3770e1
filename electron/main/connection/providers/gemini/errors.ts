import { ApiError } from '@google/genai';
import { isCrossOriginRedirect } from '../../origin-bound-fetch.ts';
import type { TesterOutcome } from '../../tester-types.ts';
import { failure } from '../../tester-types.ts';
import { statusFailure, statusParams, withRetryAfter } from '../status-failure.ts';
import { mapSdkTransportError, named } from '../transport-errors.ts';

/*
 * Google's API errors (https://cloud.google.com/apis/design/errors, https://ai.google.dev/
 * gemini-api/docs/troubleshooting): `{"error":{"code":400,"message","status":"INVALID_ARGUMENT",
 * "details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID",
 * "domain":"googleapis.com","metadata":{…}}]}}`. @google/genai 3.3 throws `ApiError` with the
 * status and the whole body as JSON in `message` (`throwErrorIfNotOK`). The message text is never
 * kept: a suspended key's quotes the key ("Consumer 'api_key:AIza…' has been suspended"), a
 * disabled API's names the project. Only the status, `error.status` and the ErrorInfo `reason`
 * (machine tokens) decide; a RetryInfo `retryDelay` ("27s") gives the wait of a 429.
 */

const KEY_REJECTED = new Set(['API_KEY_INVALID', 'API_KEY_EXPIRED']);
const KEY_RESTRICTED = new Set([
  'API_KEY_SERVICE_BLOCKED',
  'API_KEY_HTTP_REFERRER_BLOCKED',
  'API_KEY_IP_ADDRESS_BLOCKED',
  'API_KEY_ANDROID_APP_BLOCKED',
  'API_KEY_IOS_APP_BLOCKED',
]);

interface GoogleErrorTokens {
  status: string | undefined;
  reason: string | undefined;
  retryDelaySeconds: number | undefined;
}

/** The machine tokens of a Google error body (nothing else of it is read). */
export function googleErrorTokens(message: string): GoogleErrorTokens {
  let body: unknown;
  try {
    body = JSON.parse(message);
  } catch {
    return { status: undefined, reason: undefined, retryDelaySeconds: undefined };
  }
  const error = (body as { error?: { status?: unknown; details?: unknown } } | null)?.error;
  const details = Array.isArray(error?.details) ? (error.details as Record<string, unknown>[]) : [];
  const typed = (suffix: string) =>
    details.find((d) => typeof d?.['@type'] === 'string' && d['@type'].endsWith(suffix));
  const reason = typed('google.rpc.ErrorInfo')?.reason;
  const delay = typed('google.rpc.RetryInfo')?.retryDelay;
  const seconds = typeof delay === 'string' ? /^(\d{1,6})(\.\d+)?s$/.exec(delay) : null;
  return {
    status: typeof error?.status === 'string' ? error.status : undefined,
    reason: typeof reason === 'string' ? reason : undefined,
    retryDelaySeconds: seconds ? Math.ceil(Number(seconds[0].slice(0, -1))) : undefined,
  };
}

export function mapGeminiError(error: unknown, host: string): TesterOutcome {
  const transport = mapSdkTransportError(error, host, {
    aborted: named('AbortError'),
    timedOut: named('TimeoutError'),
    // Node's fetch rejects with a TypeError ("fetch failed", the cause holds the code); the
    // runner's fetch with CrossOriginRedirectError. The SDK passes both on as they are.
    unanswered: (e) => e instanceof TypeError || isCrossOriginRedirect(e),
  });
  if (transport) return transport;
  if (!(error instanceof ApiError)) return failure('provider_error', 'unexpected_answer');

  const status = typeof error.status === 'number' ? error.status : 0;
  const tokens = googleErrorTokens(error.message);
  const details = {
    params: statusParams(host, status),
    providerCode: tokens.reason ?? tokens.status,
  };
  const reason = tokens.reason ?? '';
  if (KEY_REJECTED.has(reason)) return failure('invalid_credentials', 'key_rejected', details);
  if (KEY_RESTRICTED.has(reason)) return failure('permission_denied', 'key_restricted', details);
  if (reason === 'SERVICE_DISABLED')
    return failure('permission_denied', 'api_not_enabled', details);
  if (reason === 'CONSUMER_SUSPENDED')
    return failure('permission_denied', 'key_suspended', details);
  if (status === 400 && tokens.status === 'FAILED_PRECONDITION') {
    // "User location is not supported for the API use." (the only precondition of a models list).
    return failure('permission_denied', 'location_unsupported', details);
  }
  // A Google API key that is not valid is a 400 INVALID_ARGUMENT (also without ErrorInfo).
  if (status === 400 && tokens.status === 'INVALID_ARGUMENT') {
    return failure('invalid_credentials', 'key_rejected', details);
  }
  if (status === 429) {
    return failure(
      'rate_limited',
      'rate_limited',
      withRetryAfter(details, tokens.retryDelaySeconds),
    );
  }
  return statusFailure(status, details);
}
