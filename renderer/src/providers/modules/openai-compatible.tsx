import { openAiCompatibleConfigSchema } from '../../../../shared/providers/openai-compatible.ts';
import { openAiCompatibleCredentialsSchema } from '../../../../shared/providers/openai-compatible.ts';
import { dropBlank, requireParsableUrls } from '../../forms/form-value-transforms.ts';
import {
  OpenAiCompatibleConfigFields,
  OpenAiCompatibleCredentialFields,
} from '../../forms/providers/openai-compatible-fields.tsx';
import type { ProviderUi } from '../provider-ui.ts';
import { strings } from './strings.ts';

/* A plug between two nodes: any service that speaks OpenAI's API (no trademark). */
function OpenAiCompatibleGlyph() {
  return (
    <>
      <rect x="0.5" y="0.5" width="31" height="31" rx="7.5" fill="#2d2a4a" stroke="#4a4670" />
      <g fill="none" stroke="#c9c2ff" strokeWidth="2" strokeLinecap="round">
        <circle cx="10" cy="16" r="3.5" />
        <circle cx="22" cy="16" r="3.5" />
        <path d="M13.5 16h5" />
      </g>
    </>
  );
}

export const openAiCompatibleUi: ProviderUi<'openai_compatible'> = {
  type: 'openai_compatible',
  Icon: OpenAiCompatibleGlyph,
  CredentialFields: OpenAiCompatibleCredentialFields,
  // The service and its URL are bound together (the preset picks the host, custom is the host).
  ConfigFields: ({ shown }) => (shown('preset') ? <OpenAiCompatibleConfigFields /> : null),
  emptyCredentials: { apiKey: '' },
  defaultConfig: { preset: 'deepseek', baseUrl: '' },
  credentialForm: strings('apiKey').pipe(openAiCompatibleCredentialsSchema),
  configForm: strings('preset', 'baseUrl')
    .transform(dropBlank())
    .transform(requireParsableUrls(['baseUrl']))
    .pipe(openAiCompatibleConfigSchema),
};
