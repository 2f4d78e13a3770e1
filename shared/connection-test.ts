import { z } from 'zod';

/** Why a connectivity test failed, in terms a person can act on. */
export const CONNECTION_ERROR_KINDS = [
  'invalid_credentials',
  'permission_denied',
  'expired',
  'not_found',
  'rate_limited',
  'network',
  'timeout',
  'provider_error',
  'invalid_format',
  'cancelled',
] as const;
export const connectionErrorKindSchema = z.enum(CONNECTION_ERROR_KINDS);
export type ConnectionErrorKind = z.infer<typeof connectionErrorKindSchema>;

/**
 * The outcome of one real call to a provider. `identity` is non-secret (account, ARN, tenant,
 * client e-mail, organization, model count…); `message` is plain words, scrubbed of the credential.
 */
export const connectionTestResultSchema = z.strictObject({
  ok: z.boolean(),
  latencyMs: z.number().nonnegative(),
  identity: z.record(z.string(), z.union([z.string(), z.number()])).nullable(),
  errorKind: connectionErrorKindSchema.nullable(),
  message: z.string().max(500),
});
export type ConnectionTestResult = z.infer<typeof connectionTestResultSchema>;

export const DEFAULT_TEST_DEADLINE_MS = 15_000;
export const DEFAULT_TEST_CONCURRENCY = 4;
