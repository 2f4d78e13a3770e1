import { AWS_DEFAULT_REGION } from '../../../../shared/integration-config.ts';
import { AwsConfigFields, AwsCredentialFields } from '../../forms/providers/aws-fields.tsx';
import { configPart, credentialsPart } from '../form-part.ts';
import type { ProviderUi } from '../provider-ui.ts';

export const awsUi: ProviderUi<'aws'> = {
  type: 'aws',
  // An orange cube on a dark tile.
  glyph: {
    tile: '#232f3e',
    edge: '#3b4a5c',
    mark: (
      <>
        <path d="M16 7l8 4.5v9L16 25l-8-4.5v-9Z" fill="#ff9900" />
        <path d="M8 11.5 16 16l8-4.5M16 16v9" fill="none" stroke="#232f3e" strokeWidth="1.6" />
      </>
    ),
  },
  CredentialFields: AwsCredentialFields,
  ConfigFields: ({ shown }) => (shown('region') ? <AwsConfigFields /> : null),
  credentials: credentialsPart(
    'aws',
    { accessKeyId: '', secretAccessKey: '', sessionToken: '' },
    { blankIsUnset: ['sessionToken'] },
  ),
  config: configPart('aws', { region: AWS_DEFAULT_REGION }, { blankIsUnset: true }),
};
