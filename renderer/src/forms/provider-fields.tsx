import type { ProviderType } from '../../../shared/providers.ts';
import type { ConfigPart } from './config-values.ts';
import { AwsConfigFields, AwsCredentialFields } from './providers/aws-fields.tsx';
import { AzureConfigFields, AzureCredentialFields } from './providers/azure-fields.tsx';
import { GoogleCredentialFields } from './providers/google-fields.tsx';
import {
  OpenAiAccountFields,
  OpenAiBaseUrlField,
  OpenAiCredentialFields,
} from './providers/openai-fields.tsx';

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

/**
 * The non-secret settings of a provider: all of them (add form), only the endpoint ones (rotate
 * dialog) or only the others (settings form). The parts are those of config-values.ts.
 */
export function ConfigFields({ type, part }: { type: ProviderType; part?: ConfigPart }) {
  const endpoint = part !== 'other';
  const other = part !== 'endpoint';
  switch (type) {
    case 'openai':
      return (
        <>
          {endpoint && <OpenAiBaseUrlField />}
          {other && <OpenAiAccountFields />}
        </>
      );
    case 'aws':
      return other ? <AwsConfigFields /> : null;
    case 'azure':
      return endpoint ? <AzureConfigFields /> : null;
    case 'google_cloud':
      return null;
  }
}
