import { get, useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translateValidation } from '../preferences/translate-validation.ts';

/** The field's first validation message, in the current language. */
export function useFieldError(name: string): string | undefined {
  const { i18n } = useTranslation();
  const { errors } = useFormState({ name });
  const error: unknown = get(errors, name);
  const message =
    typeof error === 'object' && error !== null && 'message' in error ? error.message : undefined;
  return typeof message === 'string'
    ? translateValidation(message, i18n.language, i18n)
    : undefined;
}
