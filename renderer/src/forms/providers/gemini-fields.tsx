import { useTranslation } from 'react-i18next';
import { TextField } from '../text-field.tsx';

export function GeminiCredentialFields() {
  const { t } = useTranslation();
  return (
    <TextField
      name="credentials.apiKey"
      label={t('fields.geminiApiKey')}
      placeholder="AIza…"
      secret
    />
  );
}
