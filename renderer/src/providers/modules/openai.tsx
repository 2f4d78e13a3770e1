import {
  OpenAiAccountFields,
  OpenAiBaseUrlField,
  OpenAiCredentialFields,
} from '../../forms/providers/openai-fields.tsx';
import { configPart, credentialsPart } from '../form-part.ts';
import type { ProviderUi } from '../provider-ui.ts';

export const openAiUi: ProviderUi<'openai'> = {
  type: 'openai',
  // Three crossed rings on a dark tile.
  glyph: {
    tile: '#1f2328',
    edge: '#3d444d',
    mark: (
      <g fill="none" stroke="#fff" strokeWidth="2">
        {[0, 60, 120].map((angle) => (
          <ellipse
            key={angle}
            cx="16"
            cy="16"
            rx="9"
            ry="4.5"
            transform={`rotate(${angle} 16 16)`}
          />
        ))}
      </g>
    ),
  },
  CredentialFields: OpenAiCredentialFields,
  ConfigFields: ({ shown }) => (
    <>
      {shown('baseUrl') && <OpenAiBaseUrlField />}
      {/* Organization and project are bound together (both are headers sent with the key). */}
      {shown('organization') && shown('project') && <OpenAiAccountFields />}
    </>
  ),
  credentials: credentialsPart('openai', { apiKey: '' }),
  config: configPart(
    'openai',
    { baseUrl: '', organization: '', project: '' },
    {
      blankIsUnset: true,
      urls: ['baseUrl'],
    },
  ),
};
