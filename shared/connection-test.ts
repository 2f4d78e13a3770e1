import { z } from 'zod';
import { appErrorCodeSchema } from './errors.ts';

/** Why a connectivity test failed, in broad terms a person can act on (the badge, the filters). */
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
  'redirected',
  'cancelled',
] as const;
export const connectionErrorKindSchema = z.enum(CONNECTION_ERROR_KINDS);
export type ConnectionErrorKind = z.infer<typeof connectionErrorKindSchema>;

/**
 * What exactly happened, as a code the renderer puts into words (both languages). Main never sends
 * a sentence: provider text can quote what the request carried, and a sentence built in main would
 * be English on a Spanish screen. The database keeps the same code in `integrations.error_code`.
 */
export const CONNECTION_TEST_REASONS = [
  // Passed.
  'accepted',
  // The app's side: before, around or instead of the provider call.
  'disabled',
  'not_tested',
  'cancelled',
  'deadline_exceeded',
  'tester_failed',
  'credentials_unreadable',
  'credentials_malformed',
  'config_invalid',
  // The network between the app and the provider.
  'timeout',
  'connection_refused',
  'host_not_found',
  'connection_closed',
  'network_unreachable',
  'certificate_untrusted',
  'network_failed',
  'redirected_elsewhere',
  // Answers any provider can give.
  'key_rejected',
  'permission_denied',
  'endpoint_not_found',
  'rate_limited',
  'quota_exhausted',
  'provider_server_error',
  'provider_overloaded',
  'provider_refused',
  'unexpected_answer',
  // OpenAI.
  'account_deactivated',
  'organization_mismatch',
  'project_mismatch',
  // AWS.
  'access_key_unknown',
  'secret_mismatch',
  'clock_skew',
  'session_token_expired',
  'signature_unreadable',
  'region_disabled',
  // Microsoft Entra ID.
  'client_secret_wrong',
  'client_secret_expired',
  'application_not_found',
  'tenant_not_found',
  'tenant_invalid',
  'application_disabled',
  'conditional_access_blocked',
  // Google.
  'key_signature_rejected',
  'service_account_not_found',
  'service_account_disabled',
  'private_key_unusable',
  'no_access_token',
  // Google Gemini API.
  'api_not_enabled',
  'key_restricted',
  'key_suspended',
  'location_unsupported',
  // Azure OpenAI.
  'api_version_unsupported',
] as const;
export const connectionTestReasonSchema = z.enum(CONNECTION_TEST_REASONS);
export type ConnectionTestReason = z.infer<typeof connectionTestReasonSchema>;

/** Whether a stored or received code is one of this version's reasons (a newer one is not). */
export function isConnectionTestReason(code: unknown): code is ConnectionTestReason {
  return typeof code === 'string' && (CONNECTION_TEST_REASONS as readonly string[]).includes(code);
}

/** A DNS name or IP literal with an optional port: what the URL parser gives as `host`. */
const hostSchema = z
  .string()
  .max(260)
  .regex(/^[A-Za-z0-9.\-[\]:]+$/);

/**
 * The facts a reason's words may mention. Each is structured and checked here: nothing in it is
 * free text from a provider, so no part of a request (or of the key) can come back through it.
 */
export const connectionTestParamsSchema = z.strictObject({
  /** Where the request went (the bound endpoint, never a redirect target). */
  host: hostSchema.optional(),
  httpStatus: z.number().int().min(100).max(599).optional(),
  deadlineMs: z.number().int().nonnegative().optional(),
  /** A Node/undici error code: ECONNREFUSED, CERT_HAS_EXPIRED, … */
  networkCode: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]{1,48}$/)
    .optional(),
  region: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d{1,2}$/)
    .optional(),
  /** The input field a format problem is in (`clientSecret`, `baseUrl`). */
  field: z
    .string()
    .regex(/^[A-Za-z0-9_.]{1,64}$/)
    .optional(),
  /** From `Retry-After`, when the provider sent one. */
  retryAfterSeconds: z.number().int().nonnegative().optional(),
  /** The AADSTS number Microsoft Entra ID answered with. */
  aadsts: z.number().int().positive().optional(),
  /** For `not_tested`: the app-side reason (offline, signed out, gone). */
  appError: appErrorCodeSchema.optional(),
});
export type ConnectionTestParams = z.infer<typeof connectionTestParamsSchema>;

/** A provider's machine-readable token (an error code, a request id): no spaces, no prose. */
export const providerTokenSchema = z.string().regex(/^[A-Za-z0-9_.:/-]{1,128}$/);

/** Non-secret identity the provider confirmed; each field has a translated label. */
export const connectionIdentitySchema = z.strictObject({
  modelCount: z.number().int().nonnegative().optional(),
  organization: z.string().max(200).optional(),
  project: z.string().max(200).optional(),
  account: z.string().max(200).optional(),
  arn: z.string().max(2048).optional(),
  userId: z.string().max(200).optional(),
  region: z.string().max(64).optional(),
  tenantId: z.string().max(200).optional(),
  clientId: z.string().max(200).optional(),
  authorityHost: z.string().max(260).optional(),
  expiresAt: z.iso.datetime({ offset: true }).optional(),
  clientEmail: z.string().max(320).optional(),
  projectId: z.string().max(200).optional(),
});
export type ConnectionIdentity = z.infer<typeof connectionIdentitySchema>;
export const IDENTITY_FIELDS = Object.keys(
  connectionIdentitySchema.shape,
) as (keyof ConnectionIdentity)[];

/**
 * The outcome of one real call to a provider: a reason code with its parameters, the confirmed
 * identity, and the provider's own error code and request id when it sent them (for support).
 */
export const connectionTestResultSchema = z.strictObject({
  ok: z.boolean(),
  latencyMs: z.number().nonnegative(),
  identity: connectionIdentitySchema.nullable(),
  errorKind: connectionErrorKindSchema.nullable(),
  reason: connectionTestReasonSchema,
  params: connectionTestParamsSchema,
  providerCode: providerTokenSchema.optional(),
  requestId: providerTokenSchema.optional(),
});
export type ConnectionTestResult = z.infer<typeof connectionTestResultSchema>;

export const DEFAULT_TEST_DEADLINE_MS = 15_000;
/**
 * "Test all" runs at most this many tests of one provider host at once (a provider that hangs
 * holds back only its own tests) and DEFAULT_TESTS_AT_ONCE in all: tests wait on the network.
 */
export const DEFAULT_TESTS_PER_HOST = 4;
export const DEFAULT_TESTS_AT_ONCE = 16;
