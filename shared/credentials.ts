/*
 * Credential schemas, one per provider, in the provider's descriptor (`providers/<id>.ts`). These
 * describe the SECRET part only; non-secret settings (region, base URL, authority host,
 * organization) are the config schemas (`integration-config.ts`). Both processes use them: the
 * renderer for form validation, main as the gate in front of the vault. Error messages are keys
 * that name the problem and never echo the value.
 */
export { openAiCredentialsSchema } from './providers/openai.ts';
export type { OpenAiCredentials } from './providers/openai.ts';
export { awsCredentialsSchema } from './providers/aws.ts';
export type { AwsCredentials } from './providers/aws.ts';
export { azureCredentialsSchema } from './providers/azure.ts';
export type { AzureCredentials } from './providers/azure.ts';
export {
  googleCredentialsSchema,
  googleServiceAccountJsonSchema,
  googleServiceAccountSchema,
} from './providers/google-cloud.ts';
export type { GoogleCredentials } from './providers/google-cloud.ts';
export { credentialsSchemaByProvider } from './providers/registry.ts';
export type { CredentialsByProvider } from './providers/registry.ts';
