import { z } from 'zod';
import { defineProvider } from './descriptor.ts';

const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A tenant is a directory GUID or one of its verified domains (contoso.onmicrosoft.com). */
const TENANT_PATTERN =
  /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z0-9-]+(\.[a-z0-9-]+)+)$/i;

export const azureCredentialsSchema = z.object({
  tenantId: z.string().trim().regex(TENANT_PATTERN, { message: 'azure_tenant_format' }),
  clientId: z.string().trim().regex(GUID_PATTERN, { message: 'azure_client_id_format' }),
  clientSecret: z
    .string()
    .min(8, { message: 'azure_secret_short' })
    .max(1024, { message: 'azure_secret_long' }),
});

/** The national clouds Microsoft Entra ID runs in. */
export const AZURE_AUTHORITY_HOSTS = {
  public: 'https://login.microsoftonline.com',
  usGovernment: 'https://login.microsoftonline.us',
  china: 'https://login.chinacloudapi.cn',
} as const;
/*
 * Only Microsoft's own clouds: the client secret is sent to this host, so an arbitrary URL here
 * would be a way to send it elsewhere. (Tests reach a local stand-in through a tests-only seam in
 * main, never through this setting.)
 */
export const azureConfigSchema = z.strictObject({
  authorityHost: z
    .enum(Object.values(AZURE_AUTHORITY_HOSTS) as [string, ...string[]], {
      message: 'azure_cloud_choice',
    })
    .default(AZURE_AUTHORITY_HOSTS.public),
});

export type AzureCredentials = z.infer<typeof azureCredentialsSchema>;
export type AzureConfig = z.infer<typeof azureConfigSchema>;

export const azureProvider = defineProvider({
  id: 'azure',
  name: 'Azure',
  credentials: azureCredentialsSchema,
  config: azureConfigSchema,
  // The cloud: the authority the client secret is sent to.
  boundConfigKeys: ['authorityHost'],
  storedAs: 'json',
  secretFields: ['clientSecret', 'client_secret'],
  legacyFieldNames: { tenant_id: 'tenantId', client_id: 'clientId', client_secret: 'clientSecret' },
  legacyTypeNames: ['azure', 'microsoft_azure', 'azure_ad', 'entra'],
  hint: ({ tenantId, clientId }) => `tenant ${tenantId} · client ${clientId}`,
  docsLinks: ['https://portal.azure.com/', 'https://learn.microsoft.com/'],
});
