import { z } from 'zod';
import { credentialsSchemaByProvider } from './credentials.ts';
import { fieldIssueMessage } from './field-issues.ts';
import { configSchemaByProvider } from './integration-config.ts';
import { CONFIG_DEPTH_LIMIT, nestedDeeperThan } from './json-depth.ts';
import { PROVIDER_TYPES, integrationStatusSchema, providerTypeSchema } from './providers.ts';
import type { ProviderType } from './providers.ts';
import { hasInvisibleCharacters } from './text-safety.ts';

/** A machine code as `integrations.error_code` holds it. */
export const errorCodeSchema = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/);

/** A timestamp as Postgres/PostgREST return it (ISO 8601 with offset). */
export const timestampSchema = z.iso.datetime({ offset: true });
export const integrationIdSchema = z.uuid({ message: 'integration_id_format' });
export const integrationNameSchema = z
  .string()
  .trim()
  .min(1, { message: 'name_required' })
  .max(100, { message: 'name_too_long' })
  // A name that reads as another one in a dialog (see text-safety.ts); the database refuses it too.
  .refine((name) => !hasInvisibleCharacters(name), {
    message: fieldIssueMessage('invisible_characters'),
    params: { reason: 'invisible_characters' },
  });

/**
 * What the app knows about an integration: metadata only. It never holds credentials, which is
 * what lets it cross the IPC bridge and sit in the offline cache.
 */
export const integrationSchema = z.strictObject({
  id: integrationIdSchema,
  name: z.string(),
  type: providerTypeSchema,
  status: integrationStatusSchema,
  /** A short English sentence for clients without a catalog; this app shows `errorCode` instead. */
  errorMessage: z.string().max(500).nullable(),
  /**
   * Why the last test failed, as a code: one of CONNECTION_TEST_REASONS when this app wrote it,
   * possibly another client's code of the same shape.
   */
  errorCode: errorCodeSchema.nullable(),
  /** Non-secret settings (region, base URL, authority host…). */
  config: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  /** Non-secret identity derived from the credential: `sk-…abcd`, an access key ID, … */
  credentialHint: z.string().max(300).nullable(),
  credentialsVersion: z.number().int().min(1),
  credentialsMigrated: z.boolean(),
  /** Reads of the credential by something other than this app's own connection tests. */
  lastUsedAt: timestampSchema.nullable(),
  /** The last connection test that ended with a result, passed or failed ("Last test"). */
  lastVerifiedAt: timestampSchema.nullable(),
  /** The last connection test that passed ("Last passing test"). */
  lastTestPassedAt: timestampSchema.nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Integration = z.infer<typeof integrationSchema>;

export const INTEGRATION_EVENT_TYPES = [
  'created',
  'updated',
  'credentials_updated',
  'credentials_read',
  'status_changed',
  'deleted',
  /** One connection test, whatever its outcome (issue #14 §5): outcome, latency_ms, error_code, device. */
  'connection_test',
] as const;

/** Audit details are flat facts; an open-ended `unknown` here could carry anything across IPC. */
export const eventDetailValueSchema = z.union([
  z.string().max(1000),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string().max(200), z.number()])).max(50),
]);

/** One row of the audit trail. `details` holds non-secret facts (old/new status, fields changed). */
export const integrationEventSchema = z.strictObject({
  id: z.number().int(),
  integrationId: z.uuid().nullable(),
  integrationName: z.string().nullable(),
  eventType: z.enum(INTEGRATION_EVENT_TYPES),
  details: z.record(z.string(), eventDetailValueSchema),
  createdAt: timestampSchema,
});
export type IntegrationEvent = z.infer<typeof integrationEventSchema>;

function createInputFor<T extends ProviderType>(type: T) {
  return z.strictObject({
    type: z.literal(type),
    name: integrationNameSchema,
    credentials: credentialsSchemaByProvider[type],
    config: configSchemaByProvider[type],
    /** "Save and verify": run a connectivity test right after storing. */
    verify: z.boolean().default(true),
  });
}

/** Creating an integration: a discriminated union on `type` (parse with `parseAsync`). */
export const createIntegrationInputSchema = z.discriminatedUnion(
  'type',
  PROVIDER_TYPES.map(createInputFor) as unknown as CreateInputs<typeof PROVIDER_TYPES>,
);
/** One create schema per provider type, as the tuple `z.discriminatedUnion` needs. */
type CreateInputs<T extends readonly ProviderType[]> = {
  -readonly [I in keyof T]: ReturnType<typeof createInputFor<T[I]>>;
};
export type CreateIntegrationInput = z.input<typeof createIntegrationInputSchema>;
export type ParsedCreateIntegrationInput = z.output<typeof createIntegrationInputSchema>;

function rotateInputFor<T extends ProviderType>(type: T) {
  return z.strictObject({
    id: integrationIdSchema,
    type: z.literal(type),
    credentials: credentialsSchemaByProvider[type],
    /**
     * New settings to store with the new credentials, e.g. another OpenAI-compatible base URL:
     * settings that decide where the key is sent can only change together with the key.
     */
    config: z.optional(configSchemaByProvider[type]),
    /** Keep the new credentials even if their test fails. */
    saveAnyway: z.boolean().default(false),
  });
}

/** Rotating credentials: tested first, kept only if the test passes unless `saveAnyway`. */
export const rotateCredentialsInputSchema = z.discriminatedUnion(
  'type',
  PROVIDER_TYPES.map(rotateInputFor) as unknown as RotateInputs<typeof PROVIDER_TYPES>,
);
type RotateInputs<T extends readonly ProviderType[]> = {
  -readonly [I in keyof T]: ReturnType<typeof rotateInputFor<T[I]>>;
};
export type RotateCredentialsInput = z.input<typeof rotateCredentialsInputSchema>;
export type ParsedRotateCredentialsInput = z.output<typeof rotateCredentialsInputSchema>;

/** Renaming and editing settings. `config` replaces the whole config and is checked per type in main. */
export const updateIntegrationInputSchema = z.strictObject({
  id: integrationIdSchema,
  name: integrationNameSchema.optional(),
  config: z
    .record(z.string(), z.unknown())
    .refine((config) => !nestedDeeperThan(config, CONFIG_DEPTH_LIMIT), {
      message: fieldIssueMessage('config_too_deep'),
      params: { reason: 'config_too_deep' },
    })
    .optional(),
});
export type UpdateIntegrationInput = z.infer<typeof updateIntegrationInputSchema>;
