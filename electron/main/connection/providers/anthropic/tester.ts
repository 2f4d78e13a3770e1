import Anthropic from '@anthropic-ai/sdk';
import { SDK_TIMEOUT_SLACK_MS } from '../../tester-types.ts';
import type { ModelListing } from '../model-list-tester.ts';
import { mapAnthropicError } from './errors.ts';

export const ANTHROPIC_BASE_URL = 'https://api.anthropic.com';

/**
 * Lists models (`GET /v1/models` with the key and `anthropic-version`, both sent by the SDK; 1.17
 * sends an API key as a bearer token): free, and it needs a live key.
 * https://docs.anthropic.com/en/api/models-list
 */
export const anthropicModels: ModelListing<'anthropic'> = {
  baseUrl: ANTHROPIC_BASE_URL,
  host: 'api.anthropic.com',
  async countModels(credentials, context, baseUrl) {
    // Every option explicit: ANTHROPIC_BASE_URL and ANTHROPIC_AUTH_TOKEN in the environment must
    // not redirect the key or add another credential.
    const client = new Anthropic({
      apiKey: credentials.apiKey,
      authToken: null,
      baseURL: baseUrl,
      maxRetries: 0,
      timeout: context.deadlineMs + SDK_TIMEOUT_SLACK_MS,
      logLevel: 'off',
      fetch: context.fetch,
    });
    const page = await client.models.list(
      { limit: 100 },
      { signal: context.signal, maxRetries: 0 },
    );
    return page.data.length;
  },
  mapError: mapAnthropicError,
};
