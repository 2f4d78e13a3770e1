import { z } from 'zod';
import {
  mistralConfigSchema,
  mistralCredentialsSchema,
} from '../../../../shared/providers/mistral.ts';
import { MistralCredentialFields } from '../../forms/providers/mistral-fields.tsx';
import type { ProviderUi } from '../provider-ui.ts';
import { strings } from './strings.ts';

/* Stacked warm bands (evokes the provider's colours without copying its mark). */
function MistralGlyph() {
  return (
    <>
      <rect x="0.5" y="0.5" width="31" height="31" rx="7.5" fill="#fff7ed" stroke="#f3d9b8" />
      <path d="M8 9h16v3.5H8z" fill="#f7d046" />
      <path d="M8 12.5h16V16H8z" fill="#f2a73b" />
      <path d="M8 16h16v3.5H8z" fill="#ee792f" />
      <path d="M8 19.5h16V23H8z" fill="#e24d28" />
    </>
  );
}

export const mistralUi: ProviderUi<'mistral'> = {
  type: 'mistral',
  Icon: MistralGlyph,
  CredentialFields: MistralCredentialFields,
  ConfigFields: () => null,
  emptyCredentials: { apiKey: '' },
  defaultConfig: {},
  credentialForm: strings('apiKey').pipe(mistralCredentialsSchema),
  configForm: z.object({}).pipe(mistralConfigSchema),
};
