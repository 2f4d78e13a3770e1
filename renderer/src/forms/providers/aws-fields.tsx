import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../text-field.tsx';
import { ProviderTextFields } from '../text-fields.tsx';
import { AWS_COMMON_REGIONS } from './aws-regions.ts';

export function AwsCredentialFields() {
  return (
    <ProviderTextFields
      type="aws"
      part="credentials"
      specs={[
        { key: 'accessKeyId', label: 'awsAccessKeyId', placeholder: 'AKIA…' },
        { key: 'secretAccessKey', label: 'awsSecretAccessKey' },
        {
          key: 'sessionToken',
          label: 'awsSessionToken',
          hint: 'awsSessionTokenHint',
          optional: true,
        },
      ]}
    />
  );
}

/** A text input with a list of common regions: pick one or type any other. */
export function AwsConfigFields() {
  const { t } = useTranslation();
  const listId = useId();
  return (
    <>
      <TextField
        name="config.region"
        label={t('fields.awsRegion')}
        hint={t('fields.awsRegionHint')}
        list={listId}
      />
      <datalist id={listId}>
        {AWS_COMMON_REGIONS.map((region) => (
          <option key={region} value={region} />
        ))}
      </datalist>
    </>
  );
}
