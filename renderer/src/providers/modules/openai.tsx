import { openAiCredentialsSchema } from '../../../../shared/credentials.ts';
import { openAiConfigSchema } from '../../../../shared/integration-config.ts';
import { dropBlank, requireParsableUrls } from '../../forms/form-value-transforms.ts';
import {
  OpenAiAccountFields,
  OpenAiBaseUrlField,
  OpenAiCredentialFields,
} from '../../forms/providers/openai-fields.tsx';
import type { ProviderUi } from '../provider-ui.ts';
import { strings } from './strings.ts';

/*
 * Simple drawings that evoke each provider (colour and shape) without copying a trademark.
 * Decorative: the provider's name is always written next to them.
 */

function OpenAiGlyph() {
  return (
    <>
      <rect x="0.5" y="0.5" width="31" height="31" rx="7.5" fill="#1f2328" stroke="#3d444d" />
      <g fill="none" stroke="#fff" strokeWidth="2">
        <ellipse cx="16" cy="16" rx="9" ry="4.5" />
        <ellipse cx="16" cy="16" rx="9" ry="4.5" transform="rotate(60 16 16)" />
        <ellipse cx="16" cy="16" rx="9" ry="4.5" transform="rotate(120 16 16)" />
      </g>
    </>
  );
}

export const openAiUi: ProviderUi<'openai'> = {
  type: 'openai',
  Icon: OpenAiGlyph,
  CredentialFields: OpenAiCredentialFields,
  ConfigFields: ({ shown }) => (
    <>
      {shown('baseUrl') && <OpenAiBaseUrlField />}
      {/* Organization and project are bound together (both are headers sent with the key). */}
      {shown('organization') && shown('project') && <OpenAiAccountFields />}
    </>
  ),
  emptyCredentials: { apiKey: '' },
  defaultConfig: { baseUrl: '', organization: '', project: '' },
  credentialForm: strings('apiKey').pipe(openAiCredentialsSchema),
  configForm: strings('baseUrl', 'organization', 'project')
    .transform(dropBlank())
    .transform(requireParsableUrls(['baseUrl']))
    .pipe(openAiConfigSchema),
};
