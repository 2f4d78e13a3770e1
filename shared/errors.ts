import { z } from 'zod';

/**
 * The small set of errors the UI can act on. Every failure in main is mapped to one of these
 * before it crosses the IPC bridge; messages are written for people and never carry a credential.
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
] as const;
export const appErrorCodeSchema = z.enum(APP_ERROR_CODES);
export type AppErrorCode = z.infer<typeof appErrorCodeSchema>;

export const appErrorPayloadSchema = z.object({
  code: appErrorCodeSchema,
  message: z.string().max(1000),
  /** Dotted path of the offending input field, for `invalid_input`. */
  field: z.string().max(200).optional(),
});
export type AppErrorPayload = z.infer<typeof appErrorPayloadSchema>;

/** An error with a code the UI understands. Safe to show: never built from credential text. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly field: string | undefined;

  constructor(code: AppErrorCode, message: string, options?: { field?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.field = options?.field;
  }

  toPayload(): AppErrorPayload {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
