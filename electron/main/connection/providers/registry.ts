import type { ProviderType } from '../../../../shared/providers.ts';
import type { ProviderEndpoints, ProviderTester, TesterRegistry } from '../tester-types.ts';
import { anthropicModels } from './anthropic/tester.ts';
import { AwsTester } from './aws/tester.ts';
import { AzureTester } from './azure/tester.ts';
import { AzureOpenAiTester } from './azure_openai/tester.ts';
import { geminiModels } from './gemini/tester.ts';
import { GoogleTester } from './google_cloud/tester.ts';
import { mistralModels } from './mistral/tester.ts';
import { ModelListTester } from './model-list-tester.ts';
import { OpenAiTester } from './openai/tester.ts';
import { OpenAiCompatibleTester } from './openai_compatible/tester.ts';

/*
 * THE list of provider testers: one folder per provider (`<id>/tester.ts` and `<id>/errors.ts`),
 * one entry here. The map's type makes the compiler ask for a tester of every provider type in
 * `shared/providers/registry.ts`.
 */

type TesterFactories = {
  [T in ProviderType]: (endpoints: ProviderEndpoints) => ProviderTester<T>;
};

const TESTER_FACTORIES: TesterFactories = {
  openai: () => new OpenAiTester(),
  anthropic: (endpoints) => new ModelListTester(endpoints.anthropicBaseUrl, anthropicModels),
  gemini: (endpoints) => new ModelListTester(endpoints.geminiBaseUrl, geminiModels),
  mistral: (endpoints) => new ModelListTester(endpoints.mistralBaseUrl, mistralModels),
  azure_openai: (endpoints) => new AzureOpenAiTester(endpoints.azureOpenAiOrigin),
  openai_compatible: (endpoints) =>
    new OpenAiCompatibleTester(
      endpoints.openAiCompatibleOrigins ? { presetOrigins: endpoints.openAiCompatibleOrigins } : {},
    ),
  aws: (endpoints) => new AwsTester(endpoints.awsStsEndpoint),
  azure: (endpoints) =>
    new AzureTester(
      endpoints.azureAuthorityHost ? { authorityHost: endpoints.azureAuthorityHost } : {},
    ),
  google_cloud: (endpoints) =>
    new GoogleTester(endpoints.googleTokenUrl ? { tokenUrl: endpoints.googleTokenUrl } : {}),
};

/** A tester per provider type: the given ones (tests), the real ones for the rest. */
export function createTesters(
  endpoints: ProviderEndpoints,
  overrides: Partial<TesterRegistry> = {},
): TesterRegistry {
  const testers = Object.fromEntries(
    (Object.keys(TESTER_FACTORIES) as ProviderType[]).map((type) => [
      type,
      overrides[type] ?? TESTER_FACTORIES[type](endpoints),
    ]),
  );
  return testers as TesterRegistry;
}
