import { ProviderTextFields, apiKeyFields } from '../text-fields.tsx';

export const OpenAiCredentialFields = apiKeyFields('openai', 'openaiApiKey', 'sk-…');

/** Where the key is sent: an endpoint setting (see config-values.ts). */
export function OpenAiBaseUrlField() {
  return (
    <ProviderTextFields
      type="openai"
      part="config"
      specs={[
        {
          key: 'baseUrl',
          label: 'openaiBaseUrl',
          hint: 'openaiBaseUrlHint',
          placeholder: 'https://',
          optional: true,
        },
      ]}
    />
  );
}

export function OpenAiAccountFields() {
  return (
    <div className="field-row">
      <ProviderTextFields
        type="openai"
        part="config"
        specs={[
          {
            key: 'organization',
            label: 'openaiOrganization',
            placeholder: 'org-…',
            optional: true,
          },
          { key: 'project', label: 'openaiProject', placeholder: 'proj_…', optional: true },
        ]}
      />
    </div>
  );
}
