/**
 * Canary credentials per provider for the core tests, and the fragments of each that must never
 * show up outside the vault (the non-secret parts, such as an AWS access key ID or a client
 * e-mail, are the credential hint by design and are not fragments).
 */
import type { CredentialsByProvider } from '../../shared/credentials.ts';
import type { ProviderType } from '../../shared/providers.ts';
import {
  canaryAnthropicCredentials,
  canaryAwsCredentials,
  canaryAzureCredentials,
  canaryAzureOpenAiCredentials,
  canaryGeminiCredentials,
  canaryMistralCredentials,
  canaryGoogleAccount,
  canaryOpenAiCompatibleCredentials,
  canaryOpenAiCredentials,
} from './provider-stand-ins/canary-credentials.ts';

export function canaryCredentials<T extends ProviderType>(type: T): CredentialsByProvider[T] {
  const byType: { [K in ProviderType]: () => CredentialsByProvider[K] } = {
    openai: canaryOpenAiCredentials,
    aws: canaryAwsCredentials,
    azure: canaryAzureCredentials,
    google_cloud: () => canaryGoogleAccount().credentials,
    openai_compatible: canaryOpenAiCompatibleCredentials,
    anthropic: canaryAnthropicCredentials,
    gemini: canaryGeminiCredentials,
    mistral: canaryMistralCredentials,
    azure_openai: canaryAzureOpenAiCredentials,
  };
  return byType[type]();
}

/** Secret substrings of a credential: the key, the secret access key, the client secret, PEM lines. */
export function secretFragments(type: ProviderType, credentials: unknown): string[] {
  const c = credentials as Record<string, string>;
  switch (type) {
    case 'openai':
      return [c.apiKey!, c.apiKey!.slice(8, 40)];
    case 'openai_compatible':
      return [c.apiKey!, c.apiKey!.slice(4, 40)];
    case 'anthropic':
      return [c.apiKey!, c.apiKey!.slice(13, 50)];
    case 'gemini':
      return [c.apiKey!, c.apiKey!.slice(6, 39)];
    case 'mistral':
    case 'azure_openai':
      return [c.apiKey!];
    case 'aws':
      return [c.secretAccessKey!, ...(c.sessionToken ? [c.sessionToken] : [])];
    case 'azure':
      return [c.clientSecret!];
    case 'google_cloud':
      return c
        .private_key!.split('\n')
        .filter((line) => line.length >= 40 && !line.startsWith('-----'))
        .slice(0, 5);
  }
}

/** Every fragment found in `text` (an empty list proves no leak). */
export function leakedFragments(text: string, fragments: readonly string[]): string[] {
  return fragments.filter((fragment) => text.includes(fragment));
}
