import { HTTPClient, Mistral } from '@mistralai/mistralai';
import type { ModelListing } from '../model-list-tester.ts';
import { mapMistralError } from './errors.ts';

/** The SDK logs requests and answers to the console when MISTRAL_DEBUG is set: never here. */
const SILENT = { group: () => undefined, groupEnd: () => undefined, log: () => undefined };

/**
 * Lists models (`GET /v1/models` with `Authorization: Bearer`, through @mistralai/mistralai):
 * free, and it needs a live key. https://docs.mistral.ai/api/#tag/models/operation/list_models_v1_models_get
 */
export const mistralModels: ModelListing = {
  baseUrl: 'https://api.mistral.ai',
  async countModels({ apiKey, baseUrl, timeoutMs, signal, fetch }) {
    // Every option explicit: MISTRAL_API_KEY and MISTRAL_DEBUG in the environment must not add
    // a credential or log the request. No retries: one request.
    const client = new Mistral({
      apiKey,
      httpClient: new HTTPClient({ fetcher: fetch }),
      serverURL: baseUrl,
      retryConfig: { strategy: 'none' },
      debugLogger: SILENT,
    });
    // A signal replaces the SDK's own timeout, so the backstop is part of it.
    const withBackstop = AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]);
    const list = await client.models.list(
      {},
      { signal: withBackstop, retries: { strategy: 'none' } },
    );
    return list.data?.length ?? 0;
  },
  mapError: mapMistralError,
};
