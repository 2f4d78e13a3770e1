import { GoogleGenAI } from '@google/genai';
import type { GeminiCredentials } from '../../../../../shared/providers/gemini.ts';
import type { TesterContext, TesterOutcome } from '../../tester-types.ts';
import { SDK_TIMEOUT_SLACK_MS } from '../../tester-types.ts';
import { ModelListTester } from '../model-list-tester.ts';
import { mapGeminiError } from './errors.ts';

export const GEMINI_BASE_URL = 'https://generativelanguage.googleapis.com/';

/**
 * Lists models (`GET /v1beta/models` with `x-goog-api-key`, through @google/genai): free, and it
 * needs a live key of a project where the Generative Language API is enabled.
 * https://ai.google.dev/api/models#method:-models.list
 */
export class GeminiTester extends ModelListTester<'gemini'> {
  constructor(baseUrl?: string) {
    super(baseUrl, { baseUrl: GEMINI_BASE_URL, host: 'generativelanguage.googleapis.com' });
  }

  protected async countModels(
    credentials: GeminiCredentials,
    context: TesterContext,
  ): Promise<number> {
    // Every option explicit: GOOGLE_GENAI_USE_VERTEXAI, GOOGLE_GEMINI_BASE_URL and
    // GOOGLE_GENAI_API_VERSION in the environment must not send the key elsewhere or change the
    // call. No retryOptions: one request.
    const client = new GoogleGenAI({
      apiKey: credentials.apiKey,
      vertexai: false,
      apiVersion: 'v1beta',
      httpOptions: {
        baseUrl: this.baseUrl,
        timeout: context.deadlineMs + SDK_TIMEOUT_SLACK_MS,
        fetch: context.fetch,
      },
    });
    const pager = await client.models.list({
      config: { pageSize: 1000, abortSignal: context.signal },
    });
    return pager.pageLength;
  }

  protected mapError(error: unknown, host: string): TesterOutcome {
    return mapGeminiError(error, host);
  }
}
