import OpenAI from 'openai';
import {
  OPENAI_COMPATIBLE_PRESETS,
  openAiCompatibleBaseUrl,
} from '../../../../../shared/providers/openai-compatible.ts';
import type {
  OpenAiCompatibleConfig,
  OpenAiCompatibleCredentials,
} from '../../../../../shared/providers/openai-compatible.ts';
import { hostOf } from '../../network-errors.ts';
import type { ProviderTester, TesterContext, TesterOutcome } from '../../tester-types.ts';
import { success } from '../../tester-types.ts';
import { openAiTestOptions } from '../openai/client-options.ts';
import { mapOpenAiCompatibleError } from './errors.ts';

export interface OpenAiCompatibleSeam {
  /**
   * Tests only: the origin (`http://127.0.0.1:PORT`) standing in for a preset's host; the preset's
   * path is kept. The app leaves it undefined, so a preset always means its real host.
   */
  presetOrigins?: Partial<Record<keyof typeof OPENAI_COMPATIBLE_PRESETS, string>>;
}

/**
 * One authenticated, free call through the `openai` package at the preset's fixed base URL (or the
 * custom one): `GET {base}/models`, or for OpenRouter, whose model list needs no key,
 * `GET {base}/key` (the key's own record).
 */
export class OpenAiCompatibleTester implements ProviderTester<'openai_compatible'> {
  readonly #seam: OpenAiCompatibleSeam;

  constructor(seam: OpenAiCompatibleSeam = {}) {
    this.#seam = seam;
  }

  requestHost(config: OpenAiCompatibleConfig): string {
    return hostOf(this.#baseUrl(config), config.preset);
  }

  async test(
    credentials: OpenAiCompatibleCredentials,
    config: OpenAiCompatibleConfig,
    context: TesterContext,
  ): Promise<TesterOutcome> {
    const baseURL = this.#baseUrl(config);
    const host = this.requestHost(config);
    // Every option explicit: OPENAI_* variables in the environment must not redirect the key.
    const client = new OpenAI({
      apiKey: credentials.apiKey,
      baseURL,
      ...openAiTestOptions(context),
    });
    const options = { signal: context.signal, maxRetries: 0 };
    try {
      if (config.preset !== 'custom' && OPENAI_COMPATIBLE_PRESETS[config.preset].check === 'key') {
        // The answer holds the key's label (a masked key) and its spend: nothing of it is kept.
        await client.get('/key', options);
        return success({});
      }
      const page = await client.models.list(options);
      return success({ modelCount: page.data.length });
    } catch (error) {
      return mapOpenAiCompatibleError(error, host, config.preset);
    }
  }

  #baseUrl(config: OpenAiCompatibleConfig): string {
    const real = openAiCompatibleBaseUrl(config);
    const origin =
      config.preset === 'custom' ? undefined : this.#seam.presetOrigins?.[config.preset];
    return origin ? new URL(new URL(real).pathname, origin).href : real;
  }
}
