import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { findErrorCode, networkFailure } from '../../network-errors.ts';
import { isCrossOriginRedirect } from '../../origin-bound-fetch.ts';
import type { TesterOutcome } from '../../tester-types.ts';
import { failure } from '../../tester-types.ts';
import { retryAfterSeconds } from '../retry-after.ts';

/*
 * OpenAI error bodies: https://platform.openai.com/docs/guides/error-codes/api-errors
 * `{"error":{"message","type","param","code"}}`. The `message` is never used: the 401 quotes part
 * of the key and "No such organization: …" quotes the request's organization header, so it mixes
 * request input with key material. Only `code` and `type` (machine tokens) and the status decide.
 */

interface OpenAiErrorBody {
  code?: unknown;
  type?: unknown;
}

export function mapOpenAiError(error: unknown, host: string): TesterOutcome {
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

  const body = (error.error ?? {}) as OpenAiErrorBody;
  const code = typeof body.code === 'string' ? body.code : undefined;
  const type = typeof body.type === 'string' ? body.type : undefined;
  const status: number = typeof error.status === 'number' ? error.status : 0;
  const details = {
    params: { host, ...(status >= 100 ? { httpStatus: status } : {}) },
    providerCode: code ?? type,
    requestId: error.requestID ?? undefined,
  };

  if (status >= 300 && status < 400) return failure('redirected', 'redirected_elsewhere', details);
  if (status === 401) {
    if (code === 'account_deactivated') {
      return failure('permission_denied', 'account_deactivated', details);
    }
    if (code === 'mismatched_organization' || code === 'invalid_organization') {
      return failure('permission_denied', 'organization_mismatch', details);
    }
    if (code === 'mismatched_project')
      return failure('permission_denied', 'project_mismatch', details);
    return failure('invalid_credentials', 'key_rejected', details);
  }
  if (status === 403) return failure('permission_denied', 'permission_denied', details);
  if (status === 404) return failure('not_found', 'endpoint_not_found', details);
  if (status === 429) {
    if (code === 'insufficient_quota' || type === 'insufficient_quota') {
      return failure('rate_limited', 'quota_exhausted', details);
    }
    const wait = retryAfterSeconds(error.headers as Headers | undefined);
    return failure('rate_limited', 'rate_limited', {
      ...details,
      params: { ...details.params, ...(wait === undefined ? {} : { retryAfterSeconds: wait }) },
    });
  }
  if (status >= 500) return failure('provider_error', 'provider_server_error', details);
  return failure('provider_error', 'provider_refused', details);
}
