import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { TesterOutcome } from '../../tester-types.ts';
import { failure } from '../../tester-types.ts';
import { statusFailure, statusParams } from '../status-failure.ts';
import { instanceOf, mapSdkTransportError } from '../transport-errors.ts';

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

const OPENAI_TRANSPORT_ERRORS = {
  aborted: instanceOf(APIUserAbortError),
  timedOut: instanceOf(APIConnectionTimeoutError),
  unanswered: instanceOf(APIConnectionError),
};

/** 401 codes that say more than "wrong key". */
const UNAUTHORIZED_BY_CODE = {
  account_deactivated: 'account_deactivated',
  mismatched_organization: 'organization_mismatch',
  invalid_organization: 'organization_mismatch',
  mismatched_project: 'project_mismatch',
} as const;

export function mapOpenAiError(error: unknown, host: string): TesterOutcome {
  const transport = mapSdkTransportError(error, host, OPENAI_TRANSPORT_ERRORS);
  if (transport) return transport;
  if (!(error instanceof APIError)) return failure('provider_error', 'unexpected_answer');

  const body = (error.error ?? {}) as OpenAiErrorBody;
  const code = typeof body.code === 'string' ? body.code : undefined;
  const type = typeof body.type === 'string' ? body.type : undefined;
  const status: number = typeof error.status === 'number' ? error.status : 0;
  const details = {
    params: statusParams(host, status),
    providerCode: code ?? type,
    requestId: error.requestID ?? undefined,
  };

  if (status === 401 && code !== undefined && Object.hasOwn(UNAUTHORIZED_BY_CODE, code)) {
    const reason = UNAUTHORIZED_BY_CODE[code as keyof typeof UNAUTHORIZED_BY_CODE];
    return failure('permission_denied', reason, details);
  }
  if (status === 429 && (code === 'insufficient_quota' || type === 'insufficient_quota')) {
    return failure('rate_limited', 'quota_exhausted', details);
  }
  return statusFailure(status, details, error.headers as Headers | undefined);
}
