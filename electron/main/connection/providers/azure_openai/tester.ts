import { AzureOpenAI } from 'openai';
import type {
  AzureOpenAiConfig,
  AzureOpenAiCredentials,
} from '../../../../../shared/providers/azure-openai.ts';
import { hostOf } from '../../network-errors.ts';
import type { ProviderTester, TesterContext, TesterOutcome } from '../../tester-types.ts';
import { success } from '../../tester-types.ts';
import { openAiTestOptions } from '../openai/client-options.ts';
import { mapAzureOpenAiError } from './errors.ts';

/**
 * Lists the models the resource offers (`GET {endpoint}/openai/models?api-version=…` with the
 * `api-key` header, through the openai package's AzureOpenAI client): free, and it needs the
 * resource's key, at that endpoint, with an API version the resource serves.
 * https://learn.microsoft.com/rest/api/azureopenai/models/list
 */
export class AzureOpenAiTester implements ProviderTester<'azure_openai'> {
  readonly #origin: string | undefined;

  /** @param origin Test seam: a local stand-in's origin in place of every endpoint's. */
  constructor(origin?: string) {
    this.#origin = origin;
  }

  requestHost(config: AzureOpenAiConfig): string {
    return hostOf(this.#endpoint(config), 'azure_openai');
  }

  async test(
    credentials: AzureOpenAiCredentials,
    config: AzureOpenAiConfig,
    context: TesterContext,
  ): Promise<TesterOutcome> {
    const host = this.requestHost(config);
    // Every option explicit: OPENAI_BASE_URL, AZURE_OPENAI_ENDPOINT, OPENAI_API_VERSION, OPENAI_*
    // in the environment must not redirect the key or change what is sent with it.
    const client = new AzureOpenAI({
      apiKey: credentials.apiKey,
      apiVersion: config.apiVersion,
      baseURL: `${this.#endpoint(config)}/openai`,
      ...openAiTestOptions(context),
    });
    try {
      const page = await client.models.list({ signal: context.signal, maxRetries: 0 });
      return success({ modelCount: page.data.length });
    } catch (error) {
      return mapAzureOpenAiError(error, host);
    }
  }

  /** The endpoint without its trailing slash (or the stand-in's origin in tests). */
  #endpoint(config: AzureOpenAiConfig): string {
    return this.#origin ?? new URL(config.endpoint).origin;
  }
}
