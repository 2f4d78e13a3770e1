import { z } from 'zod';
import { defineProvider } from './descriptor.ts';

/**
 * The hosts of an Azure OpenAI resource: `<resource>.openai.azure.com`, an Azure AI services or
 * Foundry resource (`<resource>.cognitiveservices.azure.com`, `<resource>.services.ai.azure.com`),
 * and the Government (`.azure.us`) and China (`.azure.cn`) clouds. Only these: the endpoint decides
 * where the key goes, so it cannot name any other server (and it is bound to the key).
 * https://learn.microsoft.com/azure/ai-foundry/openai/reference
 */
const AZURE_OPENAI_HOST =
  /^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?\.(openai\.azure\.(com|us|cn)|cognitiveservices\.azure\.(com|us|cn)|services\.ai\.azure\.com)$/;

/** The resource endpoint: `https://<resource>.openai.azure.com` (a trailing `/` is accepted). */
export const azureOpenAiEndpoint = z.string({ message: 'azure_openai_endpoint_host' }).refine(
  (value) => {
    if (!URL.canParse(value)) return false;
    const url = new URL(value);
    return (
      url.protocol === 'https:' &&
      AZURE_OPENAI_HOST.test(url.hostname) &&
      url.port === '' &&
      url.username === '' &&
      url.password === '' &&
      url.pathname === '/' &&
      url.search === '' &&
      url.hash === ''
    );
  },
  { message: 'azure_openai_endpoint_host' },
);

/** Data-plane API versions: `2024-10-21` (GA) or `2025-04-01-preview`. */
export const AZURE_OPENAI_DEFAULT_API_VERSION = '2024-10-21';

/** Keys 1 and 2 of the resource (Keys and Endpoint): 32 hexadecimal or 84 letters and digits. */
export const azureOpenAiCredentialsSchema = z.object({
  apiKey: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{32,128}$/, { message: 'azure_openai_key_format' }),
});

export const azureOpenAiConfigSchema = z.strictObject({
  endpoint: azureOpenAiEndpoint,
  apiVersion: z
    .string({ message: 'azure_openai_api_version_format' })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}(-preview)?$/, { message: 'azure_openai_api_version_format' }),
});

export type AzureOpenAiCredentials = z.infer<typeof azureOpenAiCredentialsSchema>;
export type AzureOpenAiConfig = z.infer<typeof azureOpenAiConfigSchema>;

export const azureOpenAiProvider = defineProvider({
  id: 'azure_openai',
  name: 'Azure OpenAI',
  credentials: azureOpenAiCredentialsSchema,
  config: azureOpenAiConfigSchema,
  // The endpoint is where the key goes; the API version is sent with it (`?api-version=`).
  boundConfigKeys: ['endpoint', 'apiVersion'],
  storedAs: 'bare_key',
  secretFields: ['apiKey', 'api_key', 'key'],
  legacyFieldNames: { api_key: 'apiKey', key: 'apiKey' },
  legacyTypeNames: ['azure_openai', 'azureopenai', 'aoai'],
  hint: ({ apiKey }) => (apiKey.length >= 12 ? `…${apiKey.slice(-4)}` : null),
  docsLinks: ['https://portal.azure.com/', 'https://ai.azure.com/'],
});
