import type { ProviderType } from '../../../shared/providers.ts';

/** Product names are proper nouns: the same in every language. */
export const PROVIDER_NAMES: Record<ProviderType, string> = {
  openai: 'OpenAI',
  google_cloud: 'Google Cloud',
  aws: 'AWS',
  azure: 'Azure',
};

/** The order providers are offered in the add dialog. */
export const PROVIDER_ORDER: readonly ProviderType[] = ['openai', 'google_cloud', 'aws', 'azure'];
