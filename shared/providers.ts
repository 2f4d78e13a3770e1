import { z } from 'zod';
import { PROVIDER_TYPES } from './providers/registry.ts';

/** The cloud and AI providers a user can bring keys for (one descriptor each in `providers/`). */
export { PROVIDER_TYPES } from './providers/registry.ts';
export type { ProviderType } from './providers/registry.ts';
export const providerTypeSchema = z.enum(PROVIDER_TYPES);

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
