import { findErrorCode, networkFailure } from '../network-errors.ts';
import type { TesterOutcome } from '../tester-types.ts';
import { failure, withDetail } from '../tester-types.ts';

/*
 * Google's token endpoint answers OAuth 2.0 errors (`{"error","error_description"}`); the SDK
 * throws a GaxiosError with `status` and `response.data`. Descriptions observed for service
 * accounts: "Invalid JWT Signature." (key deleted, rotated or expired), "Invalid grant: account
 * not found" (account deleted), "Invalid JWT: Token must be a short-lived token …" (clock).
 * https://developers.google.com/identity/protocols/oauth2/service-account#error-codes
 */

const TARGET = 'Google (oauth2.googleapis.com)';

interface GaxiosErrorLike {
  name?: unknown;
  status?: unknown;
  code?: unknown;
  message?: unknown;
  response?: { status?: unknown; data?: unknown };
}

export function mapGoogleError(error: unknown, scrub: (text: string) => string): TesterOutcome {
  const err = (typeof error === 'object' && error !== null ? error : {}) as GaxiosErrorLike;
  const status = typeof err.response?.status === 'number' ? err.response.status : undefined;
  if (status === undefined) return transportFailure(error);

  const data = (
    typeof err.response?.data === 'object' && err.response.data !== null ? err.response.data : {}
  ) as { error?: unknown; error_description?: unknown };
  const code = typeof data.error === 'string' ? data.error : '';
  const description = typeof data.error_description === 'string' ? data.error_description : '';
  const detail = description ? scrub(description) : undefined;

  if (code === 'invalid_grant') {
    if (/invalid jwt signature/i.test(description)) {
      return failure(
        'invalid_credentials',
        "Google rejected the key's signature: this key was deleted, rotated or has expired. Create a new key for the service account.",
      );
    }
    if (/account not found/i.test(description)) {
      return failure(
        'not_found',
        'Google does not know this service account: it was deleted, or the key file is from another account.',
      );
    }
    if (/short-lived token|reasonable timeframe/i.test(description)) {
      return failure(
        'expired',
        "Google considers the signed request expired or not yet valid: this computer's clock is probably wrong. Correct the system time and test again.",
      );
    }
    if (/disabled/i.test(description)) {
      return failure('permission_denied', withDetail('The service account is disabled.', detail));
    }
    return failure(
      'invalid_credentials',
      withDetail('Google rejected the service-account key.', detail),
    );
  }
  if (code === 'invalid_client' || code === 'unauthorized_client' || code === 'deleted_client') {
    return failure(
      'invalid_credentials',
      withDetail('Google rejected this service account.', detail),
    );
  }
  if (status === 403)
    return failure('permission_denied', withDetail('Google denied the token request.', detail));
  if (status === 429) {
    return failure(
      'rate_limited',
      withDetail('Google is rate limiting token requests. Try again shortly.', detail),
    );
  }
  if (status >= 500) {
    return failure(
      'provider_error',
      withDetail(`Google had a server error (HTTP ${status}). Try again later.`, detail),
    );
  }
  return failure(
    'provider_error',
    withDetail(`Google refused the token request (HTTP ${status}).`, detail),
  );
}

function transportFailure(error: unknown): TesterOutcome {
  const err = (typeof error === 'object' && error !== null ? error : {}) as GaxiosErrorLike;
  // gaxios reports its own timeout as code "TimeoutError" and an abort as "AbortError".
  if (err.code === 'TimeoutError') return failure('timeout', `${TARGET} did not answer in time.`);
  if (err.code === 'AbortError' || err.name === 'AbortError') {
    return failure('cancelled', 'The test was stopped before Google answered.');
  }
  const networkCode = findErrorCode(error);
  const network = networkFailure(networkCode, TARGET);
  if (network) return network;
  if (
    networkCode?.startsWith('ERR_OSSL') ||
    /DECODER|PEM|asn1/i.test(typeof err.message === 'string' ? err.message : '')
  ) {
    return failure(
      'invalid_format',
      'The private key in this key file could not be used to sign. Download a new key file.',
    );
  }
  return failure('provider_error', 'The token request to Google failed.');
}
