import { APIError } from 'openai';
import type { OpenAiCompatibleConfig } from '../../../../../shared/providers/openai-compatible.ts';
import type { TesterOutcome } from '../../tester-types.ts';
import { failure } from '../../tester-types.ts';
import { mapOpenAiError } from '../openai/errors.ts';

/*
 * The compatible services answer in OpenAI's error shape, with their own statuses and codes, and
 * their `message` quotes the key too (DeepSeek: "Your api key: ****abcd is invalid"; xAI:
 * "Incorrect API key provided: xa***ey"), so as with OpenAI only the status and the machine
 * tokens decide, never the text. Where they differ from OpenAI:
 * - xAI refuses a wrong key with 400 and `{"code":"Client specified an invalid argument",
 *   "error":"Incorrect API key provided: …"}` (seen in continuedev/continue#10778); a models list
 *   takes no argument, so a 400 there is the key.
 * - DeepSeek answers 402 "Insufficient Balance" when the account has no credit
 *   (https://api-docs.deepseek.com/quick_start/error_codes).
 * - OpenRouter's 401 is `{"error":{"message":"User not found.","code":401}}`; Groq's is OpenAI's
 *   `invalid_api_key`; DeepSeek's is `authentication_error` (deepseek-ai/DeepSeek-R1#82). All 401s
 *   are a rejected key, as with OpenAI.
 */
export function mapOpenAiCompatibleError(
  error: unknown,
  host: string,
  preset: OpenAiCompatibleConfig['preset'],
): TesterOutcome {
  if (error instanceof APIError) {
    const status: number = typeof error.status === 'number' ? error.status : 0;
    const details = {
      params: { host, httpStatus: status },
      requestId: error.requestID ?? undefined,
    };
    if (preset === 'xai' && status === 400) {
      return failure('invalid_credentials', 'key_rejected', details);
    }
    if (status === 402) return failure('rate_limited', 'quota_exhausted', details);
  }
  return mapOpenAiError(error, host);
}
