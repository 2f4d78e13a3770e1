import type { ProviderType } from '../../../shared/providers.ts';
import type { FieldWords } from '../forms/text-fields.tsx';
import { apiKeyFields } from '../forms/text-fields.tsx';
import { configPart, credentialsPart } from './form-part.ts';
import type { ProviderGlyph, ProviderUi } from './provider-ui.ts';

export interface ApiKeyProviderOptions<T extends ProviderType> {
  type: T;
  glyph: ProviderGlyph;
  /** The key field's label (a key of the `fields` catalogue). */
  label: FieldWords;
  /** How the provider's keys start (a hint, never a rule: the shared schema decides). */
  placeholder?: string;
}

/**
 * The renderer module of a provider whose credential is one API key and that has no settings
 * (Anthropic, Gemini, Mistral): one masked field, no setting inputs.
 */
export function apiKeyProviderUi<T extends ProviderType>({
  type,
  glyph,
  label,
  placeholder,
}: ApiKeyProviderOptions<T>): ProviderUi<T> {
  return {
    type,
    glyph,
    CredentialFields: apiKeyFields(type, label, placeholder),
    ConfigFields: () => null,
    credentials: credentialsPart(type, { apiKey: '' }),
    config: configPart(type, {}),
  };
}
