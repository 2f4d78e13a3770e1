import {
  ConnectionError,
  MistralError,
  RequestAbortedError,
  RequestTimeoutError,
  UnexpectedClientError,
} from '@mistralai/mistralai/models/errors';
import type { TesterOutcome } from '../../tester-types.ts';
import { failure } from '../../tester-types.ts';
import { statusFailure, statusParams } from '../status-failure.ts';
import { instanceOf, mapSdkTransportError } from '../transport-errors.ts';

/*
 * Mistral's errors (https://docs.mistral.ai/api/): a wrong key is 401 `{"message":"Unauthorized",
 * "request_id":"<hex>"}` (seen in cline/cline#1734; older gateways answer `{"detail":
 * "Unauthorized"}`), a rate limit 429 `{"object":"error","message":"Rate limit exceeded","type":
 * "rate_limited","param":null,"code":"1300"}` (cline/cline#9085). @mistralai/mistralai 2.7 throws
 * `SDKError` (a `MistralError`) with `statusCode`, the raw `body` and `headers`; a fetch that never
 * got an answer becomes `ConnectionError`, `RequestTimeoutError`, `RequestAbortedError` or (for any
 * other rejection, such as the runner's refused redirect) `UnexpectedClientError`, each with the
 * original as `cause`. Only the status and the body's `type`/`code` and `request_id` tokens are
 * read, never its message.
 */

interface MistralTokens {
  code: string | undefined;
  requestId: string | undefined;
}

function mistralTokens(body: string): MistralTokens {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { code: undefined, requestId: undefined };
  }
  const record = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<
    string,
    unknown
  >;
  const token = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    code: token(record.type) ?? token(record.code),
    requestId: token(record.request_id),
  };
}

export function mapMistralError(error: unknown, host: string): TesterOutcome {
  const transport = mapSdkTransportError(error, host, {
    aborted: instanceOf(RequestAbortedError),
    timedOut: instanceOf(RequestTimeoutError),
    unanswered: (e) => e instanceof ConnectionError || e instanceof UnexpectedClientError,
  });
  if (transport) return transport;
  if (!(error instanceof MistralError)) return failure('provider_error', 'unexpected_answer');
  const status = error.statusCode;
  const tokens = mistralTokens(error.body);
  return statusFailure(
    status,
    { params: statusParams(host, status), providerCode: tokens.code, requestId: tokens.requestId },
    error.headers,
  );
}
