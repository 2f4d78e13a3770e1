import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from '@anthropic-ai/sdk';
import type { TesterOutcome } from '../../tester-types.ts';
import { failure } from '../../tester-types.ts';
import { statusFailure, statusParams } from '../status-failure.ts';
import { instanceOf, mapSdkTransportError } from '../transport-errors.ts';

/*
 * Anthropic's errors (https://docs.anthropic.com/en/api/errors): `{"type":"error","error":{"type":
 * "authentication_error","message":"invalid x-api-key"},"request_id":"req_…"}` and a `request-id`
 * header. 400 invalid_request_error, 401 authentication_error, 403 permission_error, 404
 * not_found_error, 413 request_too_large, 429 rate_limit_error (with `retry-after`), 500
 * api_error, 529 overloaded_error. Only the status and `error.type` decide; the message is never
 * kept.
 */

const ANTHROPIC_TRANSPORT_ERRORS = {
  aborted: instanceOf(APIUserAbortError),
  timedOut: instanceOf(APIConnectionTimeoutError),
  unanswered: instanceOf(APIConnectionError),
};

export function mapAnthropicError(error: unknown, host: string): TesterOutcome {
  const transport = mapSdkTransportError(error, host, ANTHROPIC_TRANSPORT_ERRORS);
  if (transport) return transport;
  if (!(error instanceof APIError)) return failure('provider_error', 'unexpected_answer');

  const body = (error.error ?? {}) as { error?: { type?: unknown } };
  const type = typeof body.error?.type === 'string' ? body.error.type : undefined;
  const status: number = typeof error.status === 'number' ? error.status : 0;
  const details = {
    params: statusParams(host, status),
    providerCode: type,
    requestId: error.requestID ?? undefined,
  };
  if (status === 529) return failure('provider_error', 'provider_overloaded', details);
  return statusFailure(status, details, error.headers as Headers | undefined);
}
