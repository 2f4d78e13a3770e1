import { z } from 'zod';
import { AUTH_REASONS, weakPasswordReasonSchema } from './auth-reasons.ts';

/**
 * The small set of errors the UI can act on. Every failure in main is mapped to one of these
 * before it crosses the IPC bridge, with a `reason` that says exactly what happened; the renderer
 * puts both into words in the user's language. Main writes no sentence a person reads.
 */
export const APP_ERROR_CODES = [
  'not_authenticated',
  'not_found',
  'invalid_input',
  'conflict',
  'offline',
  'server_error',
  'keychain_unavailable',
  'not_configured',
  'cancelled',
  'rate_limited',
] as const;
export const appErrorCodeSchema = z.enum(APP_ERROR_CODES);
export type AppErrorCode = z.infer<typeof appErrorCodeSchema>;

/** Reasons of the vault client (Supabase RPC and REST answers). */
export const VAULT_ERROR_REASONS = [
  'server_unreachable',
  'vault_offline',
  'integration_not_found',
  'duplicate_name',
  'value_refused',
  'sign_in_required',
  'session_expired',
  'second_factor_required',
  'database_not_ready',
  'server_unavailable',
  'server_failed',
  'unexpected_answer',
  'nothing_to_change',
  'wrong_provider',
  'stored_credentials_malformed',
] as const;

/** Why the OS keychain cannot keep the session (main reads keytar's jargon into one of these). */
export const KEYCHAIN_REASONS = ['keychain_missing', 'keychain_locked', 'keychain_failed'] as const;
export type KeychainReason = (typeof KEYCHAIN_REASONS)[number];

/** Reasons of the app around the vault: project, session, offline list, keychain, tests. */
export const APP_FLOW_REASONS = [
  'project_not_set',
  'project_not_changed',
  'list_needs_sign_in',
  'user_changed',
  ...KEYCHAIN_REASONS,
  'too_many_tests',
  'request_refused',
  'unknown_request',
  'unexpected_failure',
  // The activity's CSV could not be written where the person chose (no room, no permission…).
  'export_write_failed',
  // Auto-lock: a channel refused while locked; five wrong passwords signed the user out.
  'app_locked',
  'unlock_tries_exhausted',
] as const;

/** Why "Preparar proyecto" stopped (see shared/project-setup.ts). */
export const PROJECT_SETUP_REASONS = [
  'database_unreachable',
  'database_wrong_password',
  'database_permission_denied',
  'database_no_vault',
  'database_schema_newer',
  'database_migration_failed',
  'database_setup_incomplete',
  'database_setup_running',
] as const;

/** Every reason main gives for an error. A test walks each one in both languages. */
export const APP_ERROR_REASONS = [
  ...VAULT_ERROR_REASONS,
  ...APP_FLOW_REASONS,
  ...PROJECT_SETUP_REASONS,
  ...AUTH_REASONS,
] as const;
export const appErrorReasonSchema = z.enum(APP_ERROR_REASONS);
export type AppErrorReason = z.infer<typeof appErrorReasonSchema>;

/**
 * A field error's reason is the validation key of the shared schema that refused the value (see
 * renderer/src/preferences/locales/validation.*.ts), e.g. `name_required`.
 */
// `string & {}` keeps the closed reasons visible to the compiler's suggestions.
export type ValidationKey = string & {};

/** Facts a reason's words may use; structured, never free text. */
export const appErrorParamsSchema = z.strictObject({
  retryAfterSeconds: z.number().int().nonnegative().optional(),
  /** Unlock: wrong passwords left before the app signs out. */
  triesLeft: z.number().int().nonnegative().optional(),
  /** What the project's password policy found (GoTrue's `weak_password.reasons`). */
  passwordReasons: z.array(weakPasswordReasonSchema).max(3).optional(),
  /** A migration's version (project setup): the timestamp its file name starts with. */
  version: z
    .string()
    .regex(/^\d{14}$/)
    .optional(),
});
export type AppErrorParams = z.infer<typeof appErrorParamsSchema>;

export const appErrorPayloadSchema = z.object({
  code: appErrorCodeSchema,
  /** An AppErrorReason, or for a field error the validation key (older schemas: a sentence). */
  reason: z.string().min(1).max(300),
  params: appErrorParamsSchema.optional(),
  /** Dotted path of the offending input field, for `invalid_input` and `conflict`. */
  field: z.string().max(200).optional(),
});
export type AppErrorPayload = z.infer<typeof appErrorPayloadSchema>;

interface AppErrorOptions {
  field?: string;
  cause?: unknown;
  params?: AppErrorParams;
}

/** An error with a code and reason the UI understands. Never built from credential text. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly reason: AppErrorReason | ValidationKey;
  readonly field: string | undefined;
  readonly params: AppErrorParams | undefined;

  constructor(
    code: AppErrorCode,
    reason: AppErrorReason | ValidationKey,
    options?: AppErrorOptions,
  ) {
    // The reason doubles as the message, for logs: it is a code, so it holds nothing secret.
    super(reason, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.reason = reason;
    this.field = options?.field;
    this.params = options?.params;
  }

  toPayload(): AppErrorPayload {
    return {
      code: this.code,
      reason: this.reason,
      ...(this.field === undefined ? {} : { field: this.field }),
      ...(this.params === undefined ? {} : { params: this.params }),
    };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
