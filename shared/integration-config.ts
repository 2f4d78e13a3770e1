import { z } from 'zod';
import type { ProviderType } from './providers.ts';

/*
 * Non-secret settings per provider, stored in `integrations.config` (jsonb). Nothing here may be
 * a secret: the whole object is shown in the UI and cached on disk.
 */

/** http is allowed only for a server on this machine (a local OpenAI-compatible endpoint). */
const endpointUrl = z.url({ message: 'url_format' }).refine(
  (value) => {
    // zod runs refinements even after the URL check failed; an unparsable value is reported there.
    if (!URL.canParse(value)) return true;
    const url = new URL(value);
    return (
      url.protocol === 'https:' ||
      (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
    );
  },
  { message: 'url_https_only' },
);

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

export const AWS_DEFAULT_REGION = 'us-east-1';
export const awsConfigSchema = z.strictObject({
  region: z
    .string()
    .trim()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d{1,2}$/, { message: 'aws_region_format' })
    .default(AWS_DEFAULT_REGION),
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

export const googleCloudConfigSchema = z.strictObject({});

export type OpenAiConfig = z.infer<typeof openAiConfigSchema>;
export type AwsConfig = z.infer<typeof awsConfigSchema>;
export type AzureConfig = z.infer<typeof azureConfigSchema>;
export type GoogleCloudConfig = z.infer<typeof googleCloudConfigSchema>;

export interface ConfigByProvider {
  openai: OpenAiConfig;
  aws: AwsConfig;
  azure: AzureConfig;
  google_cloud: GoogleCloudConfig;
}

export const configSchemaByProvider = {
  openai: openAiConfigSchema,
  aws: awsConfigSchema,
  azure: azureConfigSchema,
  google_cloud: googleCloudConfigSchema,
} as const satisfies Record<ProviderType, z.ZodType>;

/**
 * The settings that travel with a credential: everything the testers send to the provider together
 * with the key (the host it goes to, headers such as the OpenAI organization and project that the
 * provider may quote back, the AWS region that picks the STS host, the Azure cloud). They are bound
 * to the credential: set when it is entered (create, rotate), never changed on their own by a
 * settings edit, so nothing that can edit settings can send a stored key elsewhere or make the
 * provider answer with chosen text next to key material. The database enforces the same list
 * (`private.bound_config_keys`, compared by test/db/bound-settings.test.ts).
 */
export const BOUND_CONFIG_KEYS = {
  openai: ['baseUrl', 'organization', 'project'],
  aws: ['region'],
  azure: ['authorityHost'],
  google_cloud: [],
} as const satisfies Record<ProviderType, readonly string[]>;
