import Anthropic from '@anthropic-ai/sdk';
import type { ModelListing } from '../model-list-tester.ts';
import { mapAnthropicError } from './errors.ts';

/**
 * Lists models (`GET /v1/models` with the key and `anthropic-version`, both sent by the SDK; 1.17
 * sends an API key as a bearer token): free, and it needs a live key.
 * https://docs.anthropic.com/en/api/models-list
 */
export const anthropicModels: ModelListing = {
  baseUrl: 'https://api.anthropic.com',
  async countModels({ apiKey, baseUrl, timeoutMs, signal, fetch }) {
    // Every option explicit: ANTHROPIC_BASE_URL and ANTHROPIC_AUTH_TOKEN in the environment must
    // not redirect the key or add another credential.
    const client = new Anthropic({
      apiKey,
      fetch,
      authToken: null,
      baseURL: baseUrl,
      maxRetries: 0,
      timeout: timeoutMs,
      logLevel: 'off',
    });
    const page = await client.models.list({ limit: 100 }, { signal, maxRetries: 0 });
    return page.data.length;
  },
  mapError: mapAnthropicError,
};
