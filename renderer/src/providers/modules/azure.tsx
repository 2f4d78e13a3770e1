import { azureCredentialsSchema } from '../../../../shared/credentials.ts';
import { AZURE_AUTHORITY_HOSTS, azureConfigSchema } from '../../../../shared/integration-config.ts';
import { dropBlank } from '../../forms/form-value-transforms.ts';
import { AzureConfigFields, AzureCredentialFields } from '../../forms/providers/azure-fields.tsx';
import type { ProviderUi } from '../provider-ui.ts';
import { strings } from './strings.ts';

/*
 * Simple drawings that evoke each provider (colour and shape) without copying a trademark.
 * Decorative: the provider's name is always written next to them.
 */

function AzureGlyph() {
  return (
    <>
      <rect width="32" height="32" rx="8" fill="#0078d4" />
      <path d="M14.5 7h4.2l-7.4 18H6.6Z" fill="#fff" />
      <path d="M19.6 11.5 25.4 25H12.8l7.5-2.1-3.7-4.4Z" fill="#cde6fb" />
    </>
  );
}

export const azureUi: ProviderUi<'azure'> = {
  type: 'azure',
  Icon: AzureGlyph,
  CredentialFields: AzureCredentialFields,
  ConfigFields: ({ shown }) => (shown('authorityHost') ? <AzureConfigFields /> : null),
  emptyCredentials: { tenantId: '', clientId: '', clientSecret: '' },
  defaultConfig: { authorityHost: AZURE_AUTHORITY_HOSTS.public },
  credentialForm: strings('tenantId', 'clientId', 'clientSecret').pipe(azureCredentialsSchema),
  configForm: strings('authorityHost').transform(dropBlank()).pipe(azureConfigSchema),
};
