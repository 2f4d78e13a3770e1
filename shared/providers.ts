import { z } from 'zod';

/** The cloud and AI providers a user can bring keys for. Matches the `type` check in the database. */
export const PROVIDER_TYPES = ['openai', 'google_cloud', 'aws', 'azure'] as const;
export const providerTypeSchema = z.enum(PROVIDER_TYPES);
export type ProviderType = z.infer<typeof providerTypeSchema>;

/** Lifecycle of an integration, as stored in `integrations.status`. */
export const INTEGRATION_STATUSES = [
  'unverified',
  'verifying',
  'connected',
  'error',
  'disabled',
] as const;
export const integrationStatusSchema = z.enum(INTEGRATION_STATUSES);
export type IntegrationStatus = z.infer<typeof integrationStatusSchema>;
