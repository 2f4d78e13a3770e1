import { ProviderTextFields, apiKeyFields } from '../text-fields.tsx';

export const AzureOpenAiCredentialFields = apiKeyFields('azure_openai', 'azure_openaiApiKey');

/**
 * Where the key is sent: the resource endpoint, and the `?api-version=` sent with it; both bound
 * to the key (see config-values.ts).
 */
export function AzureOpenAiConfigFields({ shown }: { shown: (key: string) => boolean }) {
  return (
    <ProviderTextFields
      type="azure_openai"
      part="config"
      shown={shown}
      specs={[
        {
          key: 'endpoint',
          label: 'azureOpenAiEndpoint',
          hint: 'azureOpenAiEndpointHint',
          placeholder: 'https://…openai.azure.com',
        },
        {
          key: 'apiVersion',
          label: 'azureOpenAiApiVersion',
          hint: 'azureOpenAiApiVersionHint',
          placeholder: '2024-10-21',
        },
      ]}
    />
  );
}
