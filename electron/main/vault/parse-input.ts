import type { z } from 'zod';
import { AppError } from '../../../shared/errors.ts';
import { scrubMessage } from '../logging/redaction.ts';

/**
 * Parses input with a shared zod schema (`parseAsync`: the Google schema imports the key) and turns
 * the first problem into `invalid_input` naming the field. The shared schemas word their messages
 * without echoing values; the message is still scrubbed against the input, in case a zod default
 * message (an unrecognized key, say) carries something the user typed.
 */
export async function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  options: { fieldPrefix?: string } = {},
): Promise<z.output<S>> {
  const result = await schema.safeParseAsync(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [...(options.fieldPrefix ? [options.fieldPrefix] : []), ...(issue?.path ?? [])]
    .map((segment) => String(segment))
    .join('.');
  const message = scrubMessage(issue?.message ?? 'This value is not valid.', [value]);
  return Promise.reject(
    new AppError('invalid_input', message, path === '' ? undefined : { field: path }),
  );
}
