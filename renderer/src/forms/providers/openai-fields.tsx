import { useTranslation } from 'react-i18next';
import { TextField } from '../text-field.tsx';

export function OpenAiCredentialFields() {
  const { t } = useTranslation();
  return (
    <TextField
      name="credentials.apiKey"
      label={t('fields.openaiApiKey')}
      placeholder="sk-…"
      secret
    />
  );
}

/** Where the key is sent: an endpoint setting (see config-values.ts). */
export function OpenAiBaseUrlField() {
  const { t } = useTranslation();
  return (
    <TextField
      name="config.baseUrl"
      label={t('fields.openaiBaseUrl')}
      hint={t('fields.openaiBaseUrlHint')}
      placeholder="https://"
      optional
    />
  );
}

export function OpenAiAccountFields() {
  const { t } = useTranslation();
  return (
    <div className="field-row">
      <TextField
        name="config.organization"
        label={t('fields.openaiOrganization')}
        placeholder="org-…"
        optional
      />
      <TextField
        name="config.project"
        label={t('fields.openaiProject')}
        placeholder="proj_…"
        optional
      />
    </div>
  );
}
