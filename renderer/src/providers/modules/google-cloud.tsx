import { z } from 'zod';
import { googleCloudConfigSchema } from '../../../../shared/integration-config.ts';
import { googleKeyFileField } from '../../forms/form-value-transforms.ts';
import { GoogleCredentialFields } from '../../forms/providers/google-fields.tsx';
import type { ProviderUi } from '../provider-ui.ts';

/*
 * Simple drawings that evoke each provider (colour and shape) without copying a trademark.
 * Decorative: the provider's name is always written next to them.
 */

function GoogleCloudGlyph() {
  return (
    <>
      <rect x="0.5" y="0.5" width="31" height="31" rx="7.5" fill="#fff" stroke="#dadce0" />
      <path
        d="M10 22a5 5 0 0 1-.6-9.96A7 7 0 0 1 23 12.5a4.75 4.75 0 0 1-.5 9.5Z"
        fill="none"
        stroke="#4285f4"
        strokeWidth="2.4"
        strokeLinejoin="round"
      />
      <path d="M10 22h6" stroke="#34a853" strokeWidth="2.4" strokeLinecap="round" />
      <path d="M9.4 12.04A7 7 0 0 1 14 9.2" stroke="#ea4335" strokeWidth="2.4" fill="none" />
      <circle cx="22.5" cy="22" r="1.6" fill="#fbbc04" />
    </>
  );
}

export const googleCloudUi: ProviderUi<'google_cloud'> = {
  type: 'google_cloud',
  Icon: GoogleCloudGlyph,
  CredentialFields: GoogleCredentialFields,
  ConfigFields: () => null,
  emptyCredentials: { json: '' },
  defaultConfig: {},
  credentialForm: z.object({ json: googleKeyFileField }).transform((value) => value.json),
  configForm: z.object({}).pipe(googleCloudConfigSchema),
};
