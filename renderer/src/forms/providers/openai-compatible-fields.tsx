import { useTranslation } from 'react-i18next';
import {
  OPENAI_COMPATIBLE_CHOICES,
  OPENAI_COMPATIBLE_PRESETS,
} from '../../../../shared/providers/openai-compatible.ts';
import { SelectField } from '../select-field.tsx';
import { ProviderTextFields, apiKeyFields } from '../text-fields.tsx';

export const OpenAiCompatibleCredentialFields = apiKeyFields(
  'openai_compatible',
  'compatibleApiKey',
);

/**
 * The service (a preset fixes its host: the URL is not editable) or a custom base URL. Both decide
 * where the key is sent, so both are bound to it.
 */
export function OpenAiCompatibleConfigFields() {
  const { t } = useTranslation();
  const options = OPENAI_COMPATIBLE_CHOICES.map((choice) => ({
    value: choice,
    label:
      choice === 'custom'
        ? t('fields.compatibleCustom')
        : `${OPENAI_COMPATIBLE_PRESETS[choice].name} (${new URL(OPENAI_COMPATIBLE_PRESETS[choice].baseUrl).host})`,
  }));
  return (
    <>
      <SelectField name="config.preset" label={t('fields.compatibleService')} options={options} />
      <ProviderTextFields
        type="openai_compatible"
        part="config"
        specs={[
          {
            key: 'baseUrl',
            label: 'compatibleBaseUrl',
            hint: 'compatibleBaseUrlHint',
            placeholder: 'https://',
            optional: true,
          },
        ]}
      />
    </>
  );
}
