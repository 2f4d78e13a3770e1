import {
  AZURE_OPENAI_DEFAULT_API_VERSION,
  azureOpenAiConfigSchema,
  azureOpenAiCredentialsSchema,
} from '../../../../shared/providers/azure-openai.ts';
import { dropBlank, requireParsableUrls } from '../../forms/form-value-transforms.ts';
import {
  AzureOpenAiApiVersionField,
  AzureOpenAiCredentialFields,
  AzureOpenAiEndpointField,
} from '../../forms/providers/azure-openai-fields.tsx';
import type { ProviderUi } from '../provider-ui.ts';
import { strings } from './strings.ts';

/* A blue square with a hexagon knot (evokes the service without copying either mark). */
function AzureOpenAiGlyph() {
  return (
    <>
      <rect x="0.5" y="0.5" width="31" height="31" rx="7.5" fill="#0f4c81" stroke="#2a6cb0" />
      <path
        d="M16 7.5 23.4 11.75v8.5L16 24.5l-7.4-4.25v-8.5Z"
        fill="none"
        stroke="#9fd3ff"
        strokeWidth="2"
        strokeLinejoin="round"
      />
      <circle cx="16" cy="16" r="2.6" fill="#9fd3ff" />
    </>
  );
}

export const azureOpenAiUi: ProviderUi<'azure_openai'> = {
  type: 'azure_openai',
  Icon: AzureOpenAiGlyph,
  CredentialFields: AzureOpenAiCredentialFields,
  ConfigFields: ({ shown }) => (
    <>
      {shown('endpoint') && <AzureOpenAiEndpointField />}
      {shown('apiVersion') && <AzureOpenAiApiVersionField />}
    </>
  ),
  emptyCredentials: { apiKey: '' },
  defaultConfig: { endpoint: '', apiVersion: AZURE_OPENAI_DEFAULT_API_VERSION },
  credentialForm: strings('apiKey').pipe(azureOpenAiCredentialsSchema),
  configForm: strings('endpoint', 'apiVersion')
    .transform(dropBlank())
    .transform(requireParsableUrls(['endpoint']))
    .pipe(azureOpenAiConfigSchema),
};
