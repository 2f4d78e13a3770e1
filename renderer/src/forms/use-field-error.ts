import { get, useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translateValidation } from '../preferences/translate-validation.ts';

/** The field's first validation message, in the current language. */
export function useFieldError(name: string): string | undefined {
  const { i18n } = useTranslation();
  const { errors } = useFormState({ name });
  const error = get(errors, name) as { message?: unknown } | undefined;
  return typeof error?.message === 'string'
    ? translateValidation(error.message, i18n.language)
    : undefined;
}
