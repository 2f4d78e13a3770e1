import { AZURE_AUTHORITY_HOSTS } from '../../../../shared/integration-config.ts';
import { AzureConfigFields, AzureCredentialFields } from '../../forms/providers/azure-fields.tsx';
import { configPart, credentialsPart } from '../form-part.ts';
import type { ProviderUi } from '../provider-ui.ts';

export const azureUi: ProviderUi<'azure'> = {
  type: 'azure',
  // Two slanted strokes, white and pale blue, on blue.
  glyph: {
    tile: '#0078d4',
    edge: '#0078d4',
    mark: (
      <>
        <path d="M14.5 7h4.2l-7.4 18H6.6Z" fill="#fff" />
        <path d="M19.6 11.5 25.4 25H12.8l7.5-2.1-3.7-4.4Z" fill="#cde6fb" />
      </>
    ),
  },
  CredentialFields: AzureCredentialFields,
  ConfigFields: ({ shown }) => (shown('authorityHost') ? <AzureConfigFields /> : null),
  credentials: credentialsPart('azure', { tenantId: '', clientId: '', clientSecret: '' }),
  config: configPart(
    'azure',
    { authorityHost: AZURE_AUTHORITY_HOSTS.public },
    {
      blankIsUnset: true,
    },
  ),
};
