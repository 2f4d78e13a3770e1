import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from '@anthropic-ai/sdk';
import { findErrorCode, networkFailure } from '../../network-errors.ts';
import { isCrossOriginRedirect } from '../../origin-bound-fetch.ts';
import type { TesterOutcome } from '../../tester-types.ts';
import { failure } from '../../tester-types.ts';
import { retryAfterSeconds } from '../retry-after.ts';

/*
 * Anthropic's errors (https://docs.anthropic.com/en/api/errors): `{"type":"error","error":{"type":
 * "authentication_error","message":"invalid x-api-key"},"request_id":"req_…"}` and a `request-id`
 * header. 400 invalid_request_error, 401 authentication_error, 403 permission_error, 404
 * not_found_error, 413 request_too_large, 429 rate_limit_error (with `retry-after`), 500
 * api_error, 529 overloaded_error. Only the status and `error.type` decide; the message is never
 * kept.
 */
export function mapAnthropicError(error: unknown, host: string): TesterOutcome {
  if (error instanceof APIUserAbortError) return failure('cancelled', 'cancelled');
  if (error instanceof APIConnectionTimeoutError) {
    return failure('timeout', 'timeout', { params: { host } });
  }
  if (error instanceof APIConnectionError) {
    if (isCrossOriginRedirect(error)) {
      return failure('redirected', 'redirected_elsewhere', { params: { host } });
    }
    return (
      networkFailure(findErrorCode(error), host) ??
      failure('network', 'network_failed', { params: { host } })
    );
  }
  if (!(error instanceof APIError)) return failure('provider_error', 'unexpected_answer');

  const body = (error.error ?? {}) as { error?: { type?: unknown } };
  const type = typeof body.error?.type === 'string' ? body.error.type : undefined;
  const status: number = typeof error.status === 'number' ? error.status : 0;
  const details = {
    params: { host, ...(status >= 100 ? { httpStatus: status } : {}) },
    providerCode: type,
    requestId: error.requestID ?? undefined,
  };
  if (status === 401) return failure('invalid_credentials', 'key_rejected', details);
  if (status === 403) return failure('permission_denied', 'permission_denied', details);
  if (status === 404) return failure('not_found', 'endpoint_not_found', details);
  if (status === 429) {
    const wait = retryAfterSeconds(error.headers as Headers | undefined);
    return failure('rate_limited', 'rate_limited', {
      ...details,
      params: { ...details.params, ...(wait === undefined ? {} : { retryAfterSeconds: wait }) },
    });
  }
  if (status === 529) return failure('provider_error', 'provider_overloaded', details);
  if (status >= 500) return failure('provider_error', 'provider_server_error', details);
  return failure('provider_error', 'provider_refused', details);
}
