import type { TFunction } from 'i18next';
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ProviderType } from '../../../shared/providers.ts';
import { TextField } from '../forms/text-field.tsx';
import type { ProviderUi } from './provider-ui.ts';
import { strings } from './modules/strings.ts';

export interface ApiKeyProviderOptions<T extends ProviderType> {
  type: T;
  Icon: () => JSX.Element;
  /** The key field's label, in the user's language. */
  label: (t: TFunction) => string;
  /** How the provider's keys start (a hint, never a rule: the shared schema decides). */
  placeholder?: string;
  credentialsSchema: z.ZodType<unknown, { apiKey: string }>;
  configSchema: z.ZodType<unknown, Record<string, never>>;
}

/**
 * The renderer module of a provider whose credential is one API key and that has no settings
 * (Anthropic, Gemini, Mistral): one masked field, no setting inputs.
 */
export function apiKeyProviderUi<T extends ProviderType>(
  options: ApiKeyProviderOptions<T>,
): ProviderUi<T> {
  function CredentialFields() {
    const { t } = useTranslation();
    return (
      <TextField
        name="credentials.apiKey"
        label={options.label(t)}
        placeholder={options.placeholder}
        secret
      />
    );
  }
  return {
    type: options.type,
    Icon: options.Icon,
    CredentialFields,
    ConfigFields: () => null,
    emptyCredentials: { apiKey: '' },
    defaultConfig: {},
    credentialForm: strings('apiKey').pipe(options.credentialsSchema),
    configForm: z.object({}).pipe(options.configSchema),
  };
}
