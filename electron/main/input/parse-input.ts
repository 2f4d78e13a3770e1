import type { z } from 'zod';
import { AppError } from '../../../shared/errors.ts';

/**
 * Parses input with a shared zod schema (`parseAsync`: the Google schema imports the key) and turns
 * the first problem into `invalid_input` naming the field, with the schema's validation key.
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
  // The shared schemas carry validation keys; a zod default message (an unrecognized key, say)
  // is a sentence that may quote the input, so it becomes the generic key instead.
  const message = issue?.message ?? '';
  // (A field-issue code may carry a value: `fieldIssue.too_long:320`, see shared/field-issues.ts.)
  const reason = /^[a-zA-Z][a-zA-Z0-9_.]{0,80}(:[A-Za-z0-9_]{1,64})?$/.test(message)
    ? message
    : 'value_invalid';
  return Promise.reject(
    new AppError('invalid_input', reason, path === '' ? undefined : { field: path }),
  );
}
