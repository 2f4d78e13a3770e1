import OpenAI from 'openai';
import type { OpenAiCredentials } from '../../../../../shared/credentials.ts';
import type { OpenAiConfig } from '../../../../../shared/integration-config.ts';
import { hostOf } from '../../network-errors.ts';
import type { ProviderTester, TesterContext, TesterOutcome } from '../../tester-types.ts';
import { success } from '../../tester-types.ts';
import { openAiTestOptions } from './client-options.ts';
import { mapOpenAiError } from './errors.ts';

export const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';

/**
 * Lists models (`GET /v1/models`): the cheapest authenticated call, free of charge, and it returns
 * the organization the key belongs to in the `openai-organization` header.
 */
export class OpenAiTester implements ProviderTester<'openai'> {
  requestHost(config: OpenAiConfig): string {
    return hostOf(config.baseUrl ?? OPENAI_DEFAULT_BASE_URL, 'api.openai.com');
  }

  async test(
    credentials: OpenAiCredentials,
    config: OpenAiConfig,
    context: TesterContext,
  ): Promise<TesterOutcome> {
    const baseURL = config.baseUrl ?? OPENAI_DEFAULT_BASE_URL;
    const host = hostOf(baseURL, 'api.openai.com');
    // Every option is explicit: the SDK otherwise falls back to OPENAI_BASE_URL, OPENAI_ORG_ID,
    // OPENAI_PROJECT_ID and OPENAI_ADMIN_KEY from the environment, which must not redirect a test.
    const client = new OpenAI({
      apiKey: credentials.apiKey,
      baseURL,
      ...openAiTestOptions(context),
      organization: config.organization ?? null,
      project: config.project ?? null,
    });
    try {
      const { data: page, response } = await client.models
        .list({ signal: context.signal, maxRetries: 0 })
        .withResponse();
      const organization = response.headers.get('openai-organization') ?? undefined;
      return success({
        modelCount: page.data.length,
        ...(organization ? { organization } : {}),
        ...(config.project ? { project: config.project } : {}),
      });
    } catch (error) {
      return mapOpenAiError(error, host);
    }
  }
}
