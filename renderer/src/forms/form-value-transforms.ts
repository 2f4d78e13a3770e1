import { z } from 'zod';
import { googleServiceAccountJsonSchema } from '../../../shared/credentials.ts';
import { fieldIssueMessage } from '../../../shared/field-issues.ts';

/* Steps between what inputs hold (strings) and what the shared schemas check. */

export type FieldValues = Record<string, string>;

/** Drops blank entries of the listed keys (all keys when none are listed). */
export function dropBlank(keys?: readonly string[]) {
  return (values: FieldValues): FieldValues =>
    Object.fromEntries(
      Object.entries(values).filter(
        ([key, value]) => value.trim() !== '' || (keys !== undefined && !keys.includes(key)),
      ),
    );
}

/**
 * The shared `endpointUrl` refinement calls `new URL()` even after its own URL check failed, so
 * a non-URL makes it throw instead of reporting (reported to the lead). Until that is fixed,
 * catch non-URLs here with the shared message, before the value reaches it.
 */
export function requireParsableUrls(keys: readonly string[]) {
  return (values: FieldValues, ctx: z.RefinementCtx): FieldValues => {
    for (const key of keys) {
      const value = values[key];
      if (value !== undefined && !URL.canParse(value)) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'url_format' });
      }
    }
    return values;
  };
}

/** The pasted key file checked by the shared schema; every problem is reported on the textarea. */
export const googleKeyFileField = z.string().transform(async (text, ctx) => {
  const parsed = await googleServiceAccountJsonSchema.safeParseAsync(text);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const key = issue.path.join('.');
    ctx.addIssue({
      code: 'custom',
      // A field of the key file's schema (never text from the file) names what is wrong.
      message:
        issue.code === 'invalid_type' && key
          ? fieldIssueMessage('key_file_field_invalid', key)
          : issue.message,
    });
  }
  return z.NEVER;
});
