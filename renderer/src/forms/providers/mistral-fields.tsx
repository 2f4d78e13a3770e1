import { useTranslation } from 'react-i18next';
import { TextField } from '../text-field.tsx';

export function MistralCredentialFields() {
  const { t } = useTranslation();
  return <TextField name="credentials.apiKey" label={t('fields.mistralApiKey')} secret />;
}
