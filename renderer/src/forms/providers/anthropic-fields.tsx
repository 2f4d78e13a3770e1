import { useTranslation } from 'react-i18next';
import { TextField } from '../text-field.tsx';

export function AnthropicCredentialFields() {
  const { t } = useTranslation();
  return (
    <TextField
      name="credentials.apiKey"
      label={t('fields.anthropicApiKey')}
      placeholder="sk-ant-…"
      secret
    />
  );
}
