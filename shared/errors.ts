import { z } from 'zod';

/**
 * The small set of errors the UI can act on. Every failure in main is mapped to one of these
 * before it crosses the IPC bridge; the renderer words them (from `reason` when there is one).
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

/** What exactly went wrong, for the renderer's words. A closed set: a test walks every one. */
export const APP_ERROR_REASONS = ['too_many_tests'] as const;
export const appErrorReasonSchema = z.enum(APP_ERROR_REASONS);
export type AppErrorReason = z.infer<typeof appErrorReasonSchema>;

/** Facts a reason's words may use; structured, never free text. */
export const appErrorParamsSchema = z.strictObject({
  retryAfterSeconds: z.number().int().nonnegative().optional(),
});
export type AppErrorParams = z.infer<typeof appErrorParamsSchema>;

export const appErrorPayloadSchema = z.object({
  code: appErrorCodeSchema,
  message: z.string().max(1000),
  /** Dotted path of the offending input field, for `invalid_input`. */
  field: z.string().max(200).optional(),
  reason: appErrorReasonSchema.optional(),
  params: appErrorParamsSchema.optional(),
});
export type AppErrorPayload = z.infer<typeof appErrorPayloadSchema>;

interface AppErrorOptions {
  field?: string;
  cause?: unknown;
  reason?: AppErrorReason;
  params?: AppErrorParams;
}

/** An error with a code the UI understands. Safe to show: never built from credential text. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly field: string | undefined;
  readonly reason: AppErrorReason | undefined;
  readonly params: AppErrorParams | undefined;

  constructor(code: AppErrorCode, message: string, options?: AppErrorOptions) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.field = options?.field;
    this.reason = options?.reason;
    this.params = options?.params;
  }

  toPayload(): AppErrorPayload {
    return {
      code: this.code,
      message: this.message,
      ...(this.field === undefined ? {} : { field: this.field }),
      ...(this.reason === undefined ? {} : { reason: this.reason }),
      ...(this.params === undefined ? {} : { params: this.params }),
    };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
