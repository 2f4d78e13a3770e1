import { GoogleGenAI } from '@google/genai';
import type { GeminiConfig, GeminiCredentials } from '../../../../../shared/providers/gemini.ts';
import { hostOf } from '../../network-errors.ts';
import type { ProviderTester, TesterContext, TesterOutcome } from '../../tester-types.ts';
import { SDK_TIMEOUT_SLACK_MS, success } from '../../tester-types.ts';
import { mapGeminiError } from './errors.ts';

export const GEMINI_BASE_URL = 'https://generativelanguage.googleapis.com/';

/**
 * Lists models (`GET /v1beta/models` with `x-goog-api-key`, through @google/genai): free, and it
 * needs a live key of a project where the Generative Language API is enabled.
 * https://ai.google.dev/api/models#method:-models.list
 */
export class GeminiTester implements ProviderTester<'gemini'> {
  readonly #baseUrl: string;

  /** @param baseUrl Test seam: a local stand-in; undefined in the app (Google's host). */
  constructor(baseUrl?: string) {
    this.#baseUrl = baseUrl ?? GEMINI_BASE_URL;
  }

  requestHost(): string {
    return hostOf(this.#baseUrl, 'generativelanguage.googleapis.com');
  }

  async test(
    credentials: GeminiCredentials,
    _config: GeminiConfig,
    context: TesterContext,
  ): Promise<TesterOutcome> {
    const host = this.requestHost();
    // Every option explicit: GOOGLE_GENAI_USE_VERTEXAI, GOOGLE_GEMINI_BASE_URL and
    // GOOGLE_GENAI_API_VERSION in the environment must not send the key elsewhere or change the
    // call. No retryOptions: one request.
    const client = new GoogleGenAI({
      apiKey: credentials.apiKey,
      vertexai: false,
      apiVersion: 'v1beta',
      httpOptions: {
        baseUrl: this.#baseUrl,
        timeout: context.deadlineMs + SDK_TIMEOUT_SLACK_MS,
        fetch: context.fetch,
      },
    });
    try {
      const pager = await client.models.list({
        config: { pageSize: 1000, abortSignal: context.signal },
      });
      return success({ modelCount: pager.pageLength });
    } catch (error) {
      return mapGeminiError(error, host);
    }
  }
}
