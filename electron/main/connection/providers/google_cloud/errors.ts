import { findErrorCode, networkFailure } from '../../network-errors.ts';
import type { TesterOutcome } from '../../tester-types.ts';
import { failure } from '../../tester-types.ts';
import { retryAfterSeconds } from '../retry-after.ts';
import { withRetryAfter } from '../status-failure.ts';

/*
 * Google's token endpoint answers OAuth 2.0 errors (`{"error","error_description"}`); the SDK
 * throws a GaxiosError with `status` and `response.data`. The descriptions are fixed Google
 * phrases (the request is a JWT the app signs; nothing a page chose is in it) and only pick the
 * reason; they are never shown. Observed for service accounts: "Invalid JWT Signature." (key
 * deleted, rotated or expired), "Invalid grant: account not found" (account deleted), "Invalid
 * JWT: Token must be a short-lived token …" (clock).
 * https://developers.google.com/identity/protocols/oauth2/service-account#error-codes
 */

export const GOOGLE_TOKEN_HOST = 'oauth2.googleapis.com';

interface GaxiosErrorLike {
  name?: unknown;
  status?: unknown;
  code?: unknown;
  message?: unknown;
  response?: { status?: unknown; data?: unknown; headers?: unknown };
}

export function mapGoogleError(error: unknown): TesterOutcome {
  const err = (typeof error === 'object' && error !== null ? error : {}) as GaxiosErrorLike;
  const status = typeof err.response?.status === 'number' ? err.response.status : undefined;
  if (status === undefined) return transportFailure(error);

  const data = (
    typeof err.response?.data === 'object' && err.response.data !== null ? err.response.data : {}
  ) as { error?: unknown; error_description?: unknown };
  const code = typeof data.error === 'string' ? data.error : '';
  const description = typeof data.error_description === 'string' ? data.error_description : '';
  const details = {
    params: { host: GOOGLE_TOKEN_HOST, httpStatus: status },
    providerCode: code || undefined,
  };

  if (code === 'invalid_grant') {
    if (/invalid jwt signature/i.test(description)) {
      return failure('invalid_credentials', 'key_signature_rejected', details);
    }
    if (/account not found/i.test(description)) {
      return failure('not_found', 'service_account_not_found', details);
    }
    if (/short-lived token|reasonable timeframe/i.test(description)) {
      return failure('expired', 'clock_skew', details);
    }
    if (/disabled/i.test(description)) {
      return failure('permission_denied', 'service_account_disabled', details);
    }
    return failure('invalid_credentials', 'key_rejected', details);
  }
  if (code === 'invalid_client' || code === 'unauthorized_client' || code === 'deleted_client') {
    return failure('invalid_credentials', 'key_rejected', details);
  }
  if (status === 403) return failure('permission_denied', 'permission_denied', details);
  if (status === 429) {
    const seconds = retryAfterSeconds(err.response?.headers);
    return failure('rate_limited', 'rate_limited', withRetryAfter(details, seconds));
  }
  if (status >= 500) return failure('provider_error', 'provider_server_error', details);
  return failure('provider_error', 'provider_refused', details);
}

function transportFailure(error: unknown): TesterOutcome {
  const err = (typeof error === 'object' && error !== null ? error : {}) as GaxiosErrorLike;
  const params = { host: GOOGLE_TOKEN_HOST };
  // gaxios reports its own timeout as code "TimeoutError" and an abort as "AbortError".
  if (err.code === 'TimeoutError') return failure('timeout', 'timeout', { params });
  if (err.code === 'AbortError' || err.name === 'AbortError')
    return failure('cancelled', 'cancelled');
  const networkCode = findErrorCode(error);
  const network = networkFailure(networkCode, GOOGLE_TOKEN_HOST);
  if (network) return network;
  if (
    networkCode?.startsWith('ERR_OSSL') ||
    /DECODER|PEM|asn1/i.test(typeof err.message === 'string' ? err.message : '')
  ) {
    return failure('invalid_format', 'private_key_unusable', { params: { field: 'private_key' } });
  }
  return failure('provider_error', 'network_failed', { params });
}
