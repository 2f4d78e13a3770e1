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

export function OpenAiConfigFields() {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="config.baseUrl"
        label={t('fields.openaiBaseUrl')}
        hint={t('fields.openaiBaseUrlHint')}
        placeholder="https://"
        optional
      />
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
    </>
  );
}
