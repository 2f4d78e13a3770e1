/*
 * Non-secret settings per provider, stored in `integrations.config` (jsonb), defined in each
 * provider's descriptor (`providers/<id>.ts`). Nothing here may be a secret: the whole object is
 * shown in the UI and cached on disk.
 */
export { openAiConfigSchema } from './providers/openai.ts';
export type { OpenAiConfig } from './providers/openai.ts';
export { AWS_DEFAULT_REGION, awsConfigSchema } from './providers/aws.ts';
export type { AwsConfig } from './providers/aws.ts';
export { AZURE_AUTHORITY_HOSTS, azureConfigSchema } from './providers/azure.ts';
export type { AzureConfig } from './providers/azure.ts';
export { googleCloudConfigSchema } from './providers/google-cloud.ts';
export type { GoogleCloudConfig } from './providers/google-cloud.ts';
export { BOUND_CONFIG_KEYS, configSchemaByProvider } from './providers/registry.ts';
export type { ConfigByProvider } from './providers/registry.ts';
