import Anthropic from '@anthropic-ai/sdk';
import type {
  AnthropicConfig,
  AnthropicCredentials,
} from '../../../../../shared/providers/anthropic.ts';
import { hostOf } from '../../network-errors.ts';
import type { ProviderTester, TesterContext, TesterOutcome } from '../../tester-types.ts';
import { SDK_TIMEOUT_SLACK_MS, success } from '../../tester-types.ts';
import { mapAnthropicError } from './errors.ts';

export const ANTHROPIC_BASE_URL = 'https://api.anthropic.com';

/**
 * Lists models (`GET /v1/models` with the key and `anthropic-version`, both sent by the SDK; 1.17
 * sends an API key as a bearer token): free, and it needs a live key.
 * https://docs.anthropic.com/en/api/models-list
 */
export class AnthropicTester implements ProviderTester<'anthropic'> {
  readonly #baseUrl: string;

  /** @param baseUrl Test seam: a local stand-in; undefined in the app (api.anthropic.com). */
  constructor(baseUrl?: string) {
    this.#baseUrl = baseUrl ?? ANTHROPIC_BASE_URL;
  }

  requestHost(): string {
    return hostOf(this.#baseUrl, 'api.anthropic.com');
  }

  async test(
    credentials: AnthropicCredentials,
    _config: AnthropicConfig,
    context: TesterContext,
  ): Promise<TesterOutcome> {
    const host = this.requestHost();
    // Every option explicit: ANTHROPIC_BASE_URL and ANTHROPIC_AUTH_TOKEN in the environment must
    // not redirect the key or add another credential.
    const client = new Anthropic({
      apiKey: credentials.apiKey,
      authToken: null,
      baseURL: this.#baseUrl,
      maxRetries: 0,
      timeout: context.deadlineMs + SDK_TIMEOUT_SLACK_MS,
      logLevel: 'off',
      fetch: context.fetch,
    });
    try {
      const page = await client.models.list(
        { limit: 100 },
        { signal: context.signal, maxRetries: 0 },
      );
      return success({ modelCount: page.data.length });
    } catch (error) {
      return mapAnthropicError(error, host);
    }
  }
}
