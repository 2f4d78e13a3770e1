import type { ProviderType } from '../../../shared/providers.ts';
import type { ConfigPart } from './config-values.ts';
import { configKeys } from './config-values.ts';
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
 * dialog) or only the others (settings form). Which setting is in which part comes from
 * config-values.ts (BOUND_CONFIG_KEYS), never from this switch: today every setting is bound, so
 * the settings form shows none of these inputs and the rotate dialog shows them all.
 */
export function ConfigFields({ type, part }: { type: ProviderType; part?: ConfigPart }) {
  const shown = (key: string) => part === undefined || configKeys(type, part).includes(key);
  switch (type) {
    case 'openai':
      return (
        <>
          {shown('baseUrl') && <OpenAiBaseUrlField />}
          {/* Organization and project are bound together (both are headers sent with the key). */}
          {shown('organization') && shown('project') && <OpenAiAccountFields />}
        </>
      );
    case 'aws':
      return shown('region') ? <AwsConfigFields /> : null;
    case 'azure':
      return shown('authorityHost') ? <AzureConfigFields /> : null;
    case 'google_cloud':
      return null;
  }
}
