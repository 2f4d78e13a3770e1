import type { z } from 'zod';
import { anthropicProvider } from './anthropic.ts';
import { awsProvider } from './aws.ts';
import { azureOpenAiProvider } from './azure-openai.ts';
import { azureProvider } from './azure.ts';
import { geminiProvider } from './gemini.ts';
import { googleCloudProvider } from './google-cloud.ts';
import { mistralProvider } from './mistral.ts';
import { openAiCompatibleProvider } from './openai-compatible.ts';
import { openAiProvider } from './openai.ts';

/**
 * THE list of providers (in the order they are offered). Everything keyed by provider type in
 * `shared/` is derived from it, so the compiler sees every provider everywhere: a new provider is
 * its descriptor file and one entry here.
 */
export const PROVIDERS = [
  openAiProvider,
  googleCloudProvider,
  awsProvider,
  azureProvider,
  openAiCompatibleProvider,
  anthropicProvider,
  geminiProvider,
  mistralProvider,
  azureOpenAiProvider,
] as const;

type Provider = (typeof PROVIDERS)[number];
export type ProviderType = Provider['id'];
type ProviderOf<T extends ProviderType> = Extract<Provider, { id: T }>;

/** The ids of a tuple of descriptors, as a tuple (what `z.enum` needs). */
type IdsOf<T extends readonly { id: string }[]> = {
  readonly [I in keyof T]: T[I] extends { id: infer Id } ? Id : never;
};

export const PROVIDER_TYPES = PROVIDERS.map((provider) => provider.id) as unknown as IdsOf<
  typeof PROVIDERS
>;

export const PROVIDER_BY_TYPE = Object.fromEntries(
  PROVIDERS.map((provider) => [provider.id, provider]),
) as unknown as { readonly [T in ProviderType]: ProviderOf<T> };

/** Builds a map with one entry per provider type from each descriptor. */
function byType<R>(pick: (provider: Provider) => R): Record<ProviderType, R> {
  return Object.fromEntries(PROVIDERS.map((provider) => [provider.id, pick(provider)])) as Record<
    ProviderType,
    R
  >;
}

/** Input schemas (use `parseAsync`: the Google one checks the key). */
export const credentialsSchemaByProvider = byType((p) => p.credentials) as {
  readonly [T in ProviderType]: ProviderOf<T>['credentials'];
};
export const configSchemaByProvider = byType((p) => p.config) as {
  readonly [T in ProviderType]: ProviderOf<T>['config'];
};
export type CredentialsByProvider = {
  [T in ProviderType]: z.output<ProviderOf<T>['credentials']>;
};
export type ConfigByProvider = { [T in ProviderType]: z.output<ProviderOf<T>['config']> };

/**
 * The settings that travel with a credential (see ProviderDescriptor.boundConfigKeys). The
 * database enforces the same list (`private.bound_config_keys`, compared by
 * test/db/bound-settings.test.ts).
 */
export const BOUND_CONFIG_KEYS = byType((p) => p.boundConfigKeys) as {
  readonly [T in ProviderType]: ProviderOf<T>['boundConfigKeys'];
};

/** Secret credential fields per type, current and legacy names. */
export const SECRET_FIELDS = byType((p) => p.secretFields);

/** Product names (proper nouns: the same in every language). */
export const PROVIDER_NAMES = byType((p) => p.name);

/** The provider pages the app may open (prefixes), for "where do I find this key". */
export const PROVIDER_DOCS_LINKS = PROVIDERS.flatMap((provider) => provider.docsLinks);
