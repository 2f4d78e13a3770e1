import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload } from '../bridge/app-error.ts';
import { putServerErrorOnField } from '../forms/server-field-error.ts';
import { authReasonText, isAuthReason } from './auth-reason-text.ts';

/**
 * For the account forms (sign-in, sign-up, forgot and new password, change password): puts an
 * Auth refusal under the field it names (one of `fields`), in the person's words, with the
 * parameters Auth sent (a weak password's findings, a wait). Returns whether it did.
 */
export function useAuthFieldErrors<T extends FieldValues>(
  form: Pick<UseFormReturn<T>, 'setError'>,
  fields: readonly string[],
): (failure: AppErrorPayload) => boolean {
  const { t, i18n } = useTranslation();
  return (failure) =>
    putServerErrorOnField(form, failure, (field) => fields.includes(field), {
      words: ({ reason, params }) =>
        isAuthReason(reason) ? authReasonText(t, i18n, reason, params) : reason,
    });
}
