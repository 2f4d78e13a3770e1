import { useTranslation } from 'react-i18next';
import { TextField } from '../text-field.tsx';

export function AzureOpenAiCredentialFields() {
  const { t } = useTranslation();
  return <TextField name="credentials.apiKey" label={t('fields.azure_openaiApiKey')} secret />;
}

/** Where the key is sent: the resource endpoint (bound to the key, see config-values.ts). */
export function AzureOpenAiEndpointField() {
  const { t } = useTranslation();
  return (
    <TextField
      name="config.endpoint"
      label={t('fields.azureOpenAiEndpoint')}
      hint={t('fields.azureOpenAiEndpointHint')}
      placeholder="https://…openai.azure.com"
    />
  );
}

/** Sent with the key as `?api-version=` (bound to it too). */
export function AzureOpenAiApiVersionField() {
  const { t } = useTranslation();
  return (
    <TextField
      name="config.apiVersion"
      label={t('fields.azureOpenAiApiVersion')}
      hint={t('fields.azureOpenAiApiVersionHint')}
      placeholder="2024-10-21"
    />
  );
}
