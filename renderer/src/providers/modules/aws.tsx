import { awsCredentialsSchema } from '../../../../shared/credentials.ts';
import { AWS_DEFAULT_REGION, awsConfigSchema } from '../../../../shared/integration-config.ts';
import { dropBlank } from '../../forms/form-value-transforms.ts';
import { AwsConfigFields, AwsCredentialFields } from '../../forms/providers/aws-fields.tsx';
import type { ProviderUi } from '../provider-ui.ts';
import { strings } from './strings.ts';

/*
 * Simple drawings that evoke each provider (colour and shape) without copying a trademark.
 * Decorative: the provider's name is always written next to them.
 */

function AwsGlyph() {
  return (
    <>
      <rect x="0.5" y="0.5" width="31" height="31" rx="7.5" fill="#232f3e" stroke="#3b4a5c" />
      <path d="M16 7l8 4.5v9L16 25l-8-4.5v-9Z" fill="#ff9900" />
      <path d="M8 11.5 16 16l8-4.5M16 16v9" fill="none" stroke="#232f3e" strokeWidth="1.6" />
    </>
  );
}

export const awsUi: ProviderUi<'aws'> = {
  type: 'aws',
  Icon: AwsGlyph,
  CredentialFields: AwsCredentialFields,
  ConfigFields: ({ shown }) => (shown('region') ? <AwsConfigFields /> : null),
  emptyCredentials: { accessKeyId: '', secretAccessKey: '', sessionToken: '' },
  defaultConfig: { region: AWS_DEFAULT_REGION },
  credentialForm: strings('accessKeyId', 'secretAccessKey', 'sessionToken')
    .transform(dropBlank(['sessionToken']))
    .pipe(awsCredentialsSchema),
  configForm: strings('region').transform(dropBlank()).pipe(awsConfigSchema),
};
