import { z } from 'zod';
import { defineProvider } from './descriptor.ts';

/** Anthropic API keys: `sk-ant-api03-…` (Console keys; admin keys `sk-ant-admin01-…` list too). */
const ANTHROPIC_KEY_PATTERN = /^sk-ant-[A-Za-z0-9_-]{20,300}$/;
export const anthropicCredentialsSchema = z.object({
  apiKey: z.string().trim().regex(ANTHROPIC_KEY_PATTERN, { message: 'anthropic_key_format' }),
});

/** Nothing to set: the host is api.anthropic.com, fixed in the app. */
export const anthropicConfigSchema = z.strictObject({});

export type AnthropicCredentials = z.infer<typeof anthropicCredentialsSchema>;
export type AnthropicConfig = z.infer<typeof anthropicConfigSchema>;

export const anthropicProvider = defineProvider({
  id: 'anthropic',
  name: 'Anthropic',
  credentials: anthropicCredentialsSchema,
  config: anthropicConfigSchema,
  boundConfigKeys: [],
  storedAs: 'bare_key',
  secretFields: ['apiKey', 'api_key', 'key'],
  legacyFieldNames: { api_key: 'apiKey', key: 'apiKey' },
  legacyTypeNames: ['anthropic', 'claude'],
  hint: ({ apiKey }) => (apiKey.length >= 12 ? `sk-ant-…${apiKey.slice(-4)}` : null),
  docsLinks: ['https://console.anthropic.com/', 'https://docs.anthropic.com/'],
});
