import {
  OpenAiCompatibleConfigFields,
  OpenAiCompatibleCredentialFields,
} from '../../forms/providers/openai-compatible-fields.tsx';
import { configPart, credentialsPart } from '../form-part.ts';
import type { ProviderUi } from '../provider-ui.ts';

export const openAiCompatibleUi: ProviderUi<'openai_compatible'> = {
  type: 'openai_compatible',
  // A plug between two nodes: any service that speaks OpenAI's API (no trademark).
  glyph: {
    tile: '#2d2a4a',
    edge: '#4a4670',
    mark: (
      <g fill="none" stroke="#c9c2ff" strokeWidth="2" strokeLinecap="round">
        <circle cx="10" cy="16" r="3.5" />
        <circle cx="22" cy="16" r="3.5" />
        <path d="M13.5 16h5" />
      </g>
    ),
  },
  CredentialFields: OpenAiCompatibleCredentialFields,
  // The service and its URL are bound together (the preset picks the host, custom is the host).
  ConfigFields: ({ shown }) => (shown('preset') ? <OpenAiCompatibleConfigFields /> : null),
  credentials: credentialsPart('openai_compatible', { apiKey: '' }),
  config: configPart(
    'openai_compatible',
    { preset: 'deepseek', baseUrl: '' },
    {
      blankIsUnset: true,
      urls: ['baseUrl'],
    },
  ),
};
