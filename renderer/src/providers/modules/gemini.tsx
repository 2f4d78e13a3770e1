import { z } from 'zod';
import {
  geminiConfigSchema,
  geminiCredentialsSchema,
} from '../../../../shared/providers/gemini.ts';
import { GeminiCredentialFields } from '../../forms/providers/gemini-fields.tsx';
import type { ProviderUi } from '../provider-ui.ts';
import { strings } from './strings.ts';

/* A four-pointed spark on a light square (evokes the product without copying its mark). */
function GeminiGlyph() {
  return (
    <>
      <rect x="0.5" y="0.5" width="31" height="31" rx="7.5" fill="#eef3fe" stroke="#c6d5f7" />
      <path
        d="M16 6c.9 5.2 4.8 9.1 10 10-5.2.9-9.1 4.8-10 10-.9-5.2-4.8-9.1-10-10 5.2-.9 9.1-4.8 10-10Z"
        fill="#3b6fe0"
      />
    </>
  );
}

export const geminiUi: ProviderUi<'gemini'> = {
  type: 'gemini',
  Icon: GeminiGlyph,
  CredentialFields: GeminiCredentialFields,
  ConfigFields: () => null,
  emptyCredentials: { apiKey: '' },
  defaultConfig: {},
  credentialForm: strings('apiKey').pipe(geminiCredentialsSchema),
  configForm: z.object({}).pipe(geminiConfigSchema),
};
