import type { TFunction } from 'i18next';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AZURE_AUTHORITY_HOSTS } from '../../../../shared/integration-config.ts';
import { SelectField } from '../select-field.tsx';
import { ProviderTextFields } from '../text-fields.tsx';

export function AzureCredentialFields() {
  return (
    <ProviderTextFields
      type="azure"
      part="credentials"
      specs={[
        { key: 'tenantId', label: 'azureTenantId' },
        { key: 'clientId', label: 'azureClientId' },
        { key: 'clientSecret', label: 'azureClientSecret' },
      ]}
    />
  );
}

/**
 * Microsoft's clouds, plus `current` when it is none of them: a host saved before only these
 * were allowed is shown as it is (and refused with the shared schema's message if kept), rather
 * than silently swapped for another cloud.
 */
export function azureCloudOptions(
  t: TFunction,
  current: string,
): Array<{ value: string; label: string }> {
  const options: Array<{ value: string; label: string }> = [
    { value: AZURE_AUTHORITY_HOSTS.public, label: t('fields.azurePublic') },
    { value: AZURE_AUTHORITY_HOSTS.usGovernment, label: t('fields.azureUsGovernment') },
    { value: AZURE_AUTHORITY_HOSTS.china, label: t('fields.azureChina') },
  ];
  if (current && !options.some((option) => option.value === current)) {
    options.push({ value: current, label: t('fields.azureCustom', { host: current }) });
  }
  return options;
}

/** The national cloud, as its Entra ID authority host: where the client secret is sent. */
export function AzureConfigFields() {
  const { t } = useTranslation();
  const current = (useFormContext().getValues('config.authorityHost') as string | undefined) ?? '';
  return (
    <SelectField
      name="config.authorityHost"
      label={t('fields.azureCloud')}
      options={azureCloudOptions(t, current)}
    />
  );
}
