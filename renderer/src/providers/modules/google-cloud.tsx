import { z } from 'zod';
import { googleKeyFileField } from '../../forms/form-value-transforms.ts';
import { GoogleCredentialFields } from '../../forms/providers/google-fields.tsx';
import { configPart } from '../form-part.ts';
import type { ProviderUi } from '../provider-ui.ts';
import { outline } from '../provider-ui.ts';

export const googleCloudUi: ProviderUi<'google_cloud'> = {
  type: 'google_cloud',
  // A cloud outline in four colours.
  glyph: {
    tile: '#fff',
    edge: '#dadce0',
    mark: (
      <>
        <path
          d="M10 22a5 5 0 0 1-.6-9.96A7 7 0 0 1 23 12.5a4.75 4.75 0 0 1-.5 9.5Z"
          {...outline('#4285f4', 2.4)}
        />
        <path d="M10 22h6" stroke="#34a853" strokeWidth="2.4" strokeLinecap="round" />
        <path d="M9.4 12.04A7 7 0 0 1 14 9.2" stroke="#ea4335" strokeWidth="2.4" fill="none" />
        <circle cx="22.5" cy="22" r="1.6" fill="#fbbc04" />
      </>
    ),
  },
  CredentialFields: GoogleCredentialFields,
  ConfigFields: () => null,
  // The pasted key file, checked (asynchronously) by the shared schema.
  credentials: {
    initial: { json: '' },
    schema: z.object({ json: googleKeyFileField }).transform((value) => value.json),
  },
  config: configPart('google_cloud', {}),
};
