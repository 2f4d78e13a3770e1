import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../text-field.tsx';
import { AWS_COMMON_REGIONS } from './aws-regions.ts';

export function AwsCredentialFields() {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="credentials.accessKeyId"
        label={t('fields.awsAccessKeyId')}
        placeholder="AKIA…"
      />
      <TextField name="credentials.secretAccessKey" label={t('fields.awsSecretAccessKey')} secret />
      <TextField
        name="credentials.sessionToken"
        label={t('fields.awsSessionToken')}
        hint={t('fields.awsSessionTokenHint')}
        optional
        secret
      />
    </>
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
