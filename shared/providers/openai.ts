import { z } from 'zod';
import { defineProvider } from './descriptor.ts';
import { endpointUrl } from './endpoint-url.ts';

/** OpenAI secret keys: legacy `sk-…`, project `sk-proj-…`, service account `sk-svcacct-…`, admin `sk-admin-…`. */
const OPENAI_KEY_PATTERN = /^sk-[A-Za-z0-9_-]{20,300}$/;
export const openAiCredentialsSchema = z.object({
  apiKey: z.string().trim().regex(OPENAI_KEY_PATTERN, { message: 'openai_key_format' }),
});

export const openAiConfigSchema = z.strictObject({
  /** An OpenAI-compatible endpoint; empty means api.openai.com. */
  baseUrl: endpointUrl.optional(),
  organization: z
    .string()
    .trim()
    .regex(/^org-[A-Za-z0-9]{8,64}$/, { message: 'openai_organization_format' })
    .optional(),
  project: z
    .string()
    .trim()
    .regex(/^proj_[A-Za-z0-9]{8,64}$/, { message: 'openai_project_format' })
    .optional(),
});

export type OpenAiCredentials = z.infer<typeof openAiCredentialsSchema>;
export type OpenAiConfig = z.infer<typeof openAiConfigSchema>;

export const openAiProvider = defineProvider({
  id: 'openai',
  name: 'OpenAI',
  credentials: openAiCredentialsSchema,
  config: openAiConfigSchema,
  // The host, and the headers OpenAI quotes back in its 401 ("No such organization: …").
  boundConfigKeys: ['baseUrl', 'organization', 'project'],
  storedAs: 'bare_key',
  secretFields: ['apiKey', 'api_key', 'key'],
  legacyFieldNames: { api_key: 'apiKey', key: 'apiKey' },
  legacyTypeNames: ['openai', 'open_ai'],
  hint: ({ apiKey }) => (apiKey.length >= 12 ? `sk-…${apiKey.slice(-4)}` : null),
  docsLinks: ['https://platform.openai.com/'],
});
