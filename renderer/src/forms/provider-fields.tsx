import type { ProviderType } from '../../../shared/providers.ts';
import { AwsConfigFields, AwsCredentialFields } from './providers/aws-fields.tsx';
import { AzureConfigFields, AzureCredentialFields } from './providers/azure-fields.tsx';
import { GoogleCredentialFields } from './providers/google-fields.tsx';
import { OpenAiConfigFields, OpenAiCredentialFields } from './providers/openai-fields.tsx';

/** The secret fields of a provider; shared by the add form and the rotate dialog. */
export function CredentialFields({ type }: { type: ProviderType }) {
  switch (type) {
    case 'openai':
      return <OpenAiCredentialFields />;
    case 'aws':
      return <AwsCredentialFields />;
    case 'azure':
      return <AzureCredentialFields />;
    case 'google_cloud':
      return <GoogleCredentialFields />;
  }
}

/** The non-secret settings of a provider; shared by the add form and the settings form. */
export function ConfigFields({ type }: { type: ProviderType }) {
  switch (type) {
    case 'openai':
      return <OpenAiConfigFields />;
    case 'aws':
      return <AwsConfigFields />;
    case 'azure':
      return <AzureConfigFields />;
    case 'google_cloud':
      return null;
  }
}
