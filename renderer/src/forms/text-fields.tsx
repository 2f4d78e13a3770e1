import { useTranslation } from 'react-i18next';
import type { ProviderType } from '../../../shared/providers.ts';
import { SECRET_FIELDS } from '../../../shared/providers/registry.ts';
import type { en } from '../preferences/locales/en.ts';
import { TextField } from './text-field.tsx';

/** A key of the `fields` catalogue (labels and hints of the provider forms). */
export type FieldWords = keyof (typeof en)['fields'];

/** One plain text input of a provider form, described rather than drawn. */
export interface TextFieldSpec {
  /** The field's key in its part (`credentials` or `config`). */
  key: string;
  label: FieldWords;
  hint?: FieldWords;
  /** How values look (a hint, never a rule: the shared schema decides). */
  placeholder?: string;
  optional?: boolean;
}

interface ProviderTextFieldsProps {
  type: ProviderType;
  part: 'credentials' | 'config';
  specs: readonly TextFieldSpec[];
  /** Which of them this form shows (config-values.ts decides); all when not given. */
  shown?: (key: string) => boolean;
}

/**
 * Plain text inputs of a provider form, in order. Providers describe their fields; labels, hints
 * and masking are decided here once. A field is masked when the provider's shared descriptor
 * names it secret (SECRET_FIELDS), the same list that keeps it out of logs and hints, so the
 * form cannot show in clear what the rest of the app treats as a secret.
 */
export function ProviderTextFields({ type, part, specs, shown }: ProviderTextFieldsProps) {
  const { t } = useTranslation();
  const secrets: readonly string[] = part === 'credentials' ? SECRET_FIELDS[type] : [];
  return (
    <>
      {specs
        .filter((spec) => shown?.(spec.key) ?? true)
        .map(({ key, label, hint, placeholder, optional }) => (
          <TextField
            key={key}
            name={`${part}.${key}`}
            label={t(`fields.${label}`)}
            hint={hint && t(`fields.${hint}`)}
            placeholder={placeholder}
            optional={optional}
            secret={secrets.includes(key)}
          />
        ))}
    </>
  );
}

/** The credential fields of a provider whose credential is one API key. */
export function apiKeyFields(type: ProviderType, label: FieldWords, placeholder?: string) {
  return function ApiKeyFields() {
    return (
      <ProviderTextFields
        type={type}
        part="credentials"
        specs={[{ key: 'apiKey', label, placeholder }]}
      />
    );
  };
}
