import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import type { AppErrorPayload } from '../bridge/app-error.ts';

/**
 * Puts an error from main under the field it names, when the form has that field: main sends the
 * field's path and the validation key (`reason`), which the field shows in the user's language
 * (see use-field-error.ts), or the words `options.words` makes of it where the reason needs its
 * parameters (a weak password's findings). Returns whether it did, so the caller can show the
 * error elsewhere.
 */
export function putServerErrorOnField<T extends FieldValues>(
  form: Pick<UseFormReturn<T>, 'setError'>,
  error: AppErrorPayload,
  hasField: (field: string) => boolean,
  options: { focus?: boolean; words?: (error: AppErrorPayload) => string } = {},
): boolean {
  const { field } = error;
  if (!field || !hasField(field)) return false;
  form.setError(
    field as FieldPath<T>,
    { message: options.words?.(error) ?? error.reason },
    { shouldFocus: options.focus ?? false },
  );
  return true;
}
