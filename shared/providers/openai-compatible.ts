import { z } from 'zod';
import { defineProvider } from './descriptor.ts';
import { endpointUrl } from './endpoint-url.ts';

/*
 * Services that speak OpenAI's API with their own keys. A preset FIXES the host: the config stores
 * the preset's name, never its URL, so choosing a preset cannot send a key anywhere but that
 * service. `custom` is the one setting with a free URL (https, or http for this machine only, as
 * a local model server), and like every setting sent with the key it is bound to the key.
 */
export const OPENAI_COMPATIBLE_PRESETS = {
  // https://api-docs.deepseek.com/ (OpenAI-compatible, `GET /models`)
  deepseek: { name: 'DeepSeek', baseUrl: 'https://api.deepseek.com/v1', check: 'models' },
  // https://console.groq.com/docs/openai
  groq: { name: 'Groq', baseUrl: 'https://api.groq.com/openai/v1', check: 'models' },
  // OpenRouter lists models without a key; `GET /api/v1/key` is what needs one.
  // https://openrouter.ai/docs/api/api-reference/api-keys/get-current-key
  openrouter: { name: 'OpenRouter', baseUrl: 'https://openrouter.ai/api/v1', check: 'key' },
  // https://docs.x.ai/docs/api-reference
  xai: { name: 'xAI', baseUrl: 'https://api.x.ai/v1', check: 'models' },
  // https://docs.together.ai/docs/openai-api-compatibility
  together: { name: 'Together AI', baseUrl: 'https://api.together.xyz/v1', check: 'models' },
} as const;
export type OpenAiCompatiblePreset = keyof typeof OPENAI_COMPATIBLE_PRESETS;
export const OPENAI_COMPATIBLE_CHOICES = [
  ...(Object.keys(OPENAI_COMPATIBLE_PRESETS) as OpenAiCompatiblePreset[]),
  'custom',
] as const;

/** Keys differ by service (`sk-…`, `gsk_…`, `sk-or-v1-…`, `xai-…`, hex): printable, no spaces. */
export const openAiCompatibleCredentialsSchema = z.object({
  apiKey: z
    .string()
    .trim()
    .regex(/^[\x21-\x7e]{8,512}$/, { message: 'compatible_key_format' }),
});

export const openAiCompatibleConfigSchema = z
  .strictObject({
    preset: z.enum(OPENAI_COMPATIBLE_CHOICES, { message: 'compatible_preset_choice' }),
    /** Only with `custom`: the gateway's base URL (ending before `/models`). */
    baseUrl: endpointUrl.optional(),
  })
  .refine((value) => value.preset !== 'custom' || value.baseUrl !== undefined, {
    message: 'compatible_base_url_required',
    path: ['baseUrl'],
  })
  .refine((value) => value.preset === 'custom' || value.baseUrl === undefined, {
    message: 'compatible_base_url_fixed',
    path: ['baseUrl'],
  });

export type OpenAiCompatibleCredentials = z.infer<typeof openAiCompatibleCredentialsSchema>;
export type OpenAiCompatibleConfig = z.infer<typeof openAiCompatibleConfigSchema>;

/** The base URL a config sends the key to. */
export function openAiCompatibleBaseUrl(config: OpenAiCompatibleConfig): string {
  return config.preset === 'custom'
    ? (config.baseUrl ?? '')
    : OPENAI_COMPATIBLE_PRESETS[config.preset].baseUrl;
}

export const openAiCompatibleProvider = defineProvider({
  id: 'openai_compatible',
  name: 'OpenAI-compatible',
  credentials: openAiCompatibleCredentialsSchema,
  config: openAiCompatibleConfigSchema,
  // The preset picks the host; the custom URL is the host.
  boundConfigKeys: ['preset', 'baseUrl'],
  storedAs: 'bare_key',
  secretFields: ['apiKey', 'api_key', 'key'],
  legacyFieldNames: { api_key: 'apiKey', key: 'apiKey' },
  legacyTypeNames: ['openai_compatible'],
  hint: ({ apiKey }) => (apiKey.length >= 12 ? `…${apiKey.slice(-4)}` : null),
  docsLinks: [
    'https://platform.deepseek.com/',
    'https://console.groq.com/',
    'https://openrouter.ai/',
    'https://console.x.ai/',
    'https://api.together.ai/',
  ],
});
