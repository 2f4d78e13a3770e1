import { APIError } from 'openai';
import type { TesterOutcome } from '../../tester-types.ts';
import { failure } from '../../tester-types.ts';
import { mapOpenAiError } from '../openai/errors.ts';
import { statusParams } from '../status-failure.ts';

/*
 * Azure OpenAI answers in its own shape, `{"error":{"code":"401","message":"Access denied due to
 * invalid subscription key or wrong API endpoint. …"}}` (SciSharp/BotSharp#386), with
 * `apim-request-id`. A wrong path (a resource without that API) is 404 `{"error":{"code":"404",
 * "message":"Resource not found"}}` (MicrosoftDocs/azure-docs#110272); an API version the
 * resource does not serve is a 400 "API version not supported" (anomalyco/opencode#12186). A models
 * list takes no other parameter, so any 400 there is the version. The rest reads as OpenAI's
 * (statuses, transport errors); the message is never kept.
 */

/** What the SDK keeps of an answer's headers (its APIError is generic over `any`). */
interface AnswerMeta {
  requestID?: string | null;
  headers?: unknown;
}

export function mapAzureOpenAiError(error: unknown, host: string): TesterOutcome {
  if (error instanceof APIError && error.status === 400) {
    const body = (error.error ?? {}) as { code?: unknown };
    return failure('invalid_format', 'api_version_unsupported', {
      params: statusParams(host, 400),
      providerCode: typeof body.code === 'string' ? body.code : undefined,
      requestId: apimRequestId(error as AnswerMeta),
    });
  }
  const outcome = mapOpenAiError(error, host);
  if (error instanceof APIError && !outcome.requestId) {
    const requestId = apimRequestId(error as AnswerMeta);
    if (requestId) return { ...outcome, requestId };
  }
  return outcome;
}

function apimRequestId(error: AnswerMeta): string | undefined {
  const headers = error.headers instanceof Headers ? error.headers : undefined;
  return error.requestID ?? headers?.get('apim-request-id') ?? undefined;
}
