import { AZURE_OPENAI_DEFAULT_API_VERSION } from '../../../../shared/providers/azure-openai.ts';
import {
  AzureOpenAiConfigFields,
  AzureOpenAiCredentialFields,
} from '../../forms/providers/azure-openai-fields.tsx';
import { configPart, credentialsPart } from '../form-part.ts';
import type { ProviderUi } from '../provider-ui.ts';
import { outline } from '../provider-ui.ts';

export const azureOpenAiUi: ProviderUi<'azure_openai'> = {
  type: 'azure_openai',
  // A hexagon knot on deep blue (evokes the service without copying either mark).
  glyph: {
    tile: '#0f4c81',
    edge: '#2a6cb0',
    mark: (
      <>
        <path d="M16 7.5 23.4 11.75v8.5L16 24.5l-7.4-4.25v-8.5Z" {...outline('#9fd3ff', 2)} />
        <circle cx="16" cy="16" r="2.6" fill="#9fd3ff" />
      </>
    ),
  },
  CredentialFields: AzureOpenAiCredentialFields,
  ConfigFields: AzureOpenAiConfigFields,
  credentials: credentialsPart('azure_openai', { apiKey: '' }),
  config: configPart(
    'azure_openai',
    { endpoint: '', apiVersion: AZURE_OPENAI_DEFAULT_API_VERSION },
    { blankIsUnset: true, urls: ['endpoint'] },
  ),
};
