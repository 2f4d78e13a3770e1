import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ProviderType } from '../../../shared/providers.ts';
import { TextField } from '../forms/text-field.tsx';
import { configPart, credentialsPart } from './form-part.ts';
import type { ProviderGlyph, ProviderUi } from './provider-ui.ts';

export interface ApiKeyProviderOptions<T extends ProviderType> {
  type: T;
  glyph: ProviderGlyph;
  /** The key field's label, in the user's language. */
  label: (t: TFunction) => string;
  /** How the provider's keys start (a hint, never a rule: the shared schema decides). */
  placeholder?: string;
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
    glyph: options.glyph,
    CredentialFields,
    ConfigFields: () => null,
    credentials: credentialsPart(options.type, { apiKey: '' }),
    config: configPart(options.type, {}),
  };
}
