import { z } from 'zod';
import { defineProvider } from './descriptor.ts';

/**
 * Gemini API keys from Google AI Studio (Google Cloud API keys): `AIza` and 35 more characters.
 * https://ai.google.dev/gemini-api/docs/api-key
 */
const GEMINI_KEY_PATTERN = /^AIza[0-9A-Za-z_-]{35}$/;
export const geminiCredentialsSchema = z.object({
  apiKey: z.string().trim().regex(GEMINI_KEY_PATTERN, { message: 'gemini_key_format' }),
});

/** Nothing to set: the host, generativelanguage.googleapis.com, is fixed in the app. */
export const geminiConfigSchema = z.strictObject({});

export type GeminiCredentials = z.infer<typeof geminiCredentialsSchema>;
export type GeminiConfig = z.infer<typeof geminiConfigSchema>;

export const geminiProvider = defineProvider({
  id: 'gemini',
  name: 'Google Gemini API',
  credentials: geminiCredentialsSchema,
  config: geminiConfigSchema,
  boundConfigKeys: [],
  storedAs: 'bare_key',
  secretFields: ['apiKey', 'api_key', 'key'],
  legacyFieldNames: { api_key: 'apiKey', key: 'apiKey' },
  legacyTypeNames: ['gemini', 'google_gemini', 'google_ai_studio', 'ai_studio'],
  hint: ({ apiKey }) => (apiKey.length >= 12 ? `AIza…${apiKey.slice(-4)}` : null),
  docsLinks: ['https://aistudio.google.com/', 'https://ai.google.dev/'],
});
