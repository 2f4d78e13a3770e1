import { HTTPClient, Mistral } from '@mistralai/mistralai';
import type { MistralConfig, MistralCredentials } from '../../../../../shared/providers/mistral.ts';
import { hostOf } from '../../network-errors.ts';
import type { ProviderTester, TesterContext, TesterOutcome } from '../../tester-types.ts';
import { SDK_TIMEOUT_SLACK_MS, success } from '../../tester-types.ts';
import { mapMistralError } from './errors.ts';

export const MISTRAL_BASE_URL = 'https://api.mistral.ai';

/** The SDK logs requests and answers to the console when MISTRAL_DEBUG is set: never here. */
const SILENT = { group: () => undefined, groupEnd: () => undefined, log: () => undefined };

/**
 * Lists models (`GET /v1/models` with `Authorization: Bearer`, through @mistralai/mistralai):
 * free, and it needs a live key. https://docs.mistral.ai/api/#tag/models/operation/list_models_v1_models_get
 */
export class MistralTester implements ProviderTester<'mistral'> {
  readonly #baseUrl: string;

  /** @param baseUrl Test seam: a local stand-in; undefined in the app (api.mistral.ai). */
  constructor(baseUrl?: string) {
    this.#baseUrl = baseUrl ?? MISTRAL_BASE_URL;
  }

  requestHost(): string {
    return hostOf(this.#baseUrl, 'api.mistral.ai');
  }

  async test(
    credentials: MistralCredentials,
    _config: MistralConfig,
    context: TesterContext,
  ): Promise<TesterOutcome> {
    const host = this.requestHost();
    // Every option explicit: MISTRAL_API_KEY and MISTRAL_DEBUG in the environment must not add
    // a credential or log the request. No retries: one request.
    const client = new Mistral({
      apiKey: credentials.apiKey,
      serverURL: this.#baseUrl,
      retryConfig: { strategy: 'none' },
      httpClient: new HTTPClient({ fetcher: context.fetch }),
      debugLogger: SILENT,
    });
    // A signal replaces the SDK's own timeout, so the backstop is part of it.
    const signal = AbortSignal.any([
      context.signal,
      AbortSignal.timeout(context.deadlineMs + SDK_TIMEOUT_SLACK_MS),
    ]);
    try {
      const list = await client.models.list({}, { signal, retries: { strategy: 'none' } });
      return success({ modelCount: list.data?.length ?? 0 });
    } catch (error) {
      return mapMistralError(error, host);
    }
  }
}
