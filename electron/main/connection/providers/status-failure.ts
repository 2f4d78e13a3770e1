import type { FailureDetails, TesterOutcome } from '../tester-types.ts';
import { failure } from '../tester-types.ts';
import { retryAfterSeconds } from './retry-after.ts';

/** The details with the wait the provider asked for, when it gave one. */
export function withRetryAfter(
  details: FailureDetails,
  seconds: number | undefined,
): FailureDetails {
  if (seconds === undefined) return details;
  return { ...details, params: { ...details.params, retryAfterSeconds: seconds } };
}

/**
 * What an HTTP error status means when the provider's own code says nothing more specific (each
 * provider's mapping handles its codes first): 3xx a redirect that was not followed, 401 a
 * rejected key, 403 a key without permission, 404 no such API at that address, 429 a rate limit
 * (with `Retry-After`), 5xx the provider's fault, anything else a refusal.
 */
export function statusFailure(
  status: number,
  details: FailureDetails,
  headers?: Headers | Record<string, string | undefined> | null,
): TesterOutcome {
  if (status >= 300 && status < 400) return failure('redirected', 'redirected_elsewhere', details);
  if (status === 401) return failure('invalid_credentials', 'key_rejected', details);
  if (status === 403) return failure('permission_denied', 'permission_denied', details);
  if (status === 404) return failure('not_found', 'endpoint_not_found', details);
  if (status === 429) {
    return failure(
      'rate_limited',
      'rate_limited',
      withRetryAfter(details, retryAfterSeconds(headers)),
    );
  }
  if (status >= 500) return failure('provider_error', 'provider_server_error', details);
  return failure('provider_error', 'provider_refused', details);
}

/** `params.host` and, for a real HTTP status, `params.httpStatus`. */
export function statusParams(host: string, status: number): FailureDetails['params'] {
  return { host, ...(status >= 100 && status <= 599 ? { httpStatus: status } : {}) };
}
