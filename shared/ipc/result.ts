import { z } from 'zod';
import { appErrorPayloadSchema } from '../errors.ts';

/** Every IPC reply is one of these two shapes; the preload turns the second back into a thrown error. */
export type IpcResult<T> =
  { ok: true; data: T } | { ok: false; error: z.infer<typeof appErrorPayloadSchema> };

export const ipcFailureSchema = z.strictObject({
  ok: z.literal(false),
  error: appErrorPayloadSchema,
});
