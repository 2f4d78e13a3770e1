import { useTranslation } from 'react-i18next';
import type { AppErrorPayload } from '../bridge/app-error.ts';
import { translateValidation } from '../preferences/translate-validation.ts';

/**
 * A failed call in plain words: what kind of problem (in the user's language) and main's own
 * explanation, which is written for people and never contains a credential (in Spanish when
 * it is one of the known validation messages).
 */
export function ErrorMessage({ error }: { error: AppErrorPayload }) {
  const { t, i18n } = useTranslation();
  const summary = t(`errors.${error.code}`);
  const message = translateValidation(error.message, i18n.language);
  return (
    <div className="notice notice-error" role="alert">
      <strong>{summary}</strong>
      {message && message !== summary && <span> {message}</span>}
    </div>
  );
}
