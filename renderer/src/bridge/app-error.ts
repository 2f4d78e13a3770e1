import { decodeBridgeError } from '../../../shared/ipc/bridge.ts';
import type { AppErrorCode, AppErrorPayload } from '../../../shared/errors.ts';

export type { AppErrorPayload };

/** The `{ code, message, field? }` behind a rejected bridge call (or a generic server_error). */
export function toAppError(error: unknown): AppErrorPayload {
  return decodeBridgeError(error);
}

export function hasErrorCode(error: unknown, code: AppErrorCode): boolean {
  return error != null && toAppError(error).code === code;
}
