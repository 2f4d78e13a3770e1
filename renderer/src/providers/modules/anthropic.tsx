import { z } from 'zod';
import {
  anthropicConfigSchema,
  anthropicCredentialsSchema,
} from '../../../../shared/providers/anthropic.ts';
import { AnthropicCredentialFields } from '../../forms/providers/anthropic-fields.tsx';
import type { ProviderUi } from '../provider-ui.ts';
import { strings } from './strings.ts';

/* A warm square with a stylised "A" (evokes the provider without copying its mark). */
function AnthropicGlyph() {
  return (
    <>
      <rect x="0.5" y="0.5" width="31" height="31" rx="7.5" fill="#f0eee6" stroke="#d8d4c8" />
      <path
        d="M10 23 16 9l6 14M12.6 18h6.8"
        fill="none"
        stroke="#1f1e1d"
        strokeWidth="2.4"
        strokeLinejoin="round"
      />
    </>
  );
}

export const anthropicUi: ProviderUi<'anthropic'> = {
  type: 'anthropic',
  Icon: AnthropicGlyph,
  CredentialFields: AnthropicCredentialFields,
  ConfigFields: () => null,
  emptyCredentials: { apiKey: '' },
  defaultConfig: {},
  credentialForm: strings('apiKey').pipe(anthropicCredentialsSchema),
  configForm: z.object({}).pipe(anthropicConfigSchema),
};
