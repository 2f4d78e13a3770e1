import { GoogleGenAI } from '@google/genai';
import type { ModelListing } from '../model-list-tester.ts';
import { mapGeminiError } from './errors.ts';

/**
 * Lists models (`GET /v1beta/models` with `x-goog-api-key`, through @google/genai): free, and it
 * needs a live key of a project where the Generative Language API is enabled.
 * https://ai.google.dev/api/models#method:-models.list
 */
export const geminiModels: ModelListing = {
  baseUrl: 'https://generativelanguage.googleapis.com/',
  async countModels({ apiKey, baseUrl, timeoutMs, signal, fetch }) {
    // Every option explicit: GOOGLE_GENAI_USE_VERTEXAI, GOOGLE_GEMINI_BASE_URL and
    // GOOGLE_GENAI_API_VERSION in the environment must not send the key elsewhere or change the
    // call. No retryOptions: one request.
    const client = new GoogleGenAI({
      apiKey,
      httpOptions: { baseUrl, timeout: timeoutMs, fetch },
      vertexai: false,
      apiVersion: 'v1beta',
    });
    const pager = await client.models.list({ config: { pageSize: 1000, abortSignal: signal } });
    return pager.pageLength;
  },
  mapError: mapGeminiError,
};
