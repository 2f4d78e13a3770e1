import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { findErrorCode, networkFailure } from '../network-errors.ts';
import type { TesterOutcome } from '../tester-types.ts';
import { failure, withDetail } from '../tester-types.ts';

/*
 * OpenAI error bodies: https://platform.openai.com/docs/guides/error-codes/api-errors
 * `{"error":{"message","type","param","code"}}`; the 401 message echoes part of the key, so the
 * detail always goes through `scrub`.
 */

interface OpenAiErrorBody {
  message?: unknown;
  code?: unknown;
  type?: unknown;
}

export function mapOpenAiError(
  error: unknown,
  target: string,
  scrub: (text: string) => string,
): TesterOutcome {
  if (error instanceof APIUserAbortError) {
    return failure('cancelled', 'The test was stopped before OpenAI answered.');
  }
  if (error instanceof APIConnectionTimeoutError) {
    return failure('timeout', `${target} did not answer in time.`);
  }
  if (error instanceof APIConnectionError) {
    return (
      networkFailure(findErrorCode(error), target) ??
      failure('network', `Could not reach ${target}.`)
    );
  }
  if (!(error instanceof APIError)) {
    return failure('provider_error', 'OpenAI answered in a way the app did not understand.');
  }
  const body = (error.error ?? {}) as OpenAiErrorBody;
  const code = typeof body.code === 'string' ? body.code : undefined;
  const type = typeof body.type === 'string' ? body.type : undefined;
  const detail = typeof body.message === 'string' ? scrub(body.message) : undefined;
  const status: number = typeof error.status === 'number' ? error.status : 0;

  if (status === 401) {
    if (code === 'account_deactivated') {
      return failure(
        'permission_denied',
        withDetail('OpenAI says the account behind this key has been deactivated.', detail),
      );
    }
    if (code === 'mismatched_organization' || code === 'invalid_organization') {
      return failure(
        'permission_denied',
        withDetail(
          'This key does not belong to the organization set for this integration.',
          detail,
        ),
      );
    }
    if (code === 'mismatched_project') {
      return failure(
        'permission_denied',
        withDetail('This key does not belong to the project set for this integration.', detail),
      );
    }
    const plain =
      'The API key was rejected by OpenAI. It may have been deleted, or it was copied incompletely.';
    // The invalid_api_key description only repeats (part of) the key: nothing to add.
    return failure(
      'invalid_credentials',
      code === 'invalid_api_key' ? plain : withDetail(plain, detail),
    );
  }
  if (status === 403) {
    return failure(
      'permission_denied',
      withDetail(
        'OpenAI accepted the key but it may not list models (a restricted key or region).',
        detail,
      ),
    );
  }
  if (status === 404) {
    return failure(
      'not_found',
      withDetail(`${target} has no model list at this address. Check the base URL.`, detail),
    );
  }
  if (status === 429) {
    if (code === 'insufficient_quota' || type === 'insufficient_quota') {
      return failure(
        'rate_limited',
        withDetail(
          'The key works, but its OpenAI quota is used up: check the plan and billing.',
          detail,
        ),
      );
    }
    return failure(
      'rate_limited',
      withDetail('OpenAI is rate limiting this key. Try again shortly.', detail),
    );
  }
  if (status >= 500) {
    return failure(
      'provider_error',
      withDetail(`OpenAI had a server error (HTTP ${status}). Try again later.`, detail),
    );
  }
  return failure(
    'provider_error',
    withDetail(`OpenAI refused the request (HTTP ${status}).`, detail),
  );
}
