import { z } from 'zod';
import { defineProvider } from './descriptor.ts';

/** Mistral API keys (console.mistral.ai → API Keys): 32 letters and digits. */
const MISTRAL_KEY_PATTERN = /^[A-Za-z0-9]{32,64}$/;
export const mistralCredentialsSchema = z.object({
  apiKey: z.string().trim().regex(MISTRAL_KEY_PATTERN, { message: 'mistral_key_format' }),
});

/** Nothing to set: the host, api.mistral.ai, is fixed in the app. */
export const mistralConfigSchema = z.strictObject({});

export type MistralCredentials = z.infer<typeof mistralCredentialsSchema>;
export type MistralConfig = z.infer<typeof mistralConfigSchema>;

export const mistralProvider = defineProvider({
  id: 'mistral',
  name: 'Mistral AI',
  credentials: mistralCredentialsSchema,
  config: mistralConfigSchema,
  boundConfigKeys: [],
  storedAs: 'bare_key',
  secretFields: ['apiKey', 'api_key', 'key'],
  legacyFieldNames: { api_key: 'apiKey', key: 'apiKey' },
  legacyTypeNames: ['mistral', 'mistral_ai', 'mistralai'],
  hint: ({ apiKey }) => (apiKey.length >= 12 ? `…${apiKey.slice(-4)}` : null),
  docsLinks: ['https://console.mistral.ai/', 'https://docs.mistral.ai/'],
});
