import { useTranslation } from 'react-i18next';
import type { AppErrorPayload } from '../bridge/app-error.ts';
import { translateValidation } from '../preferences/translate-validation.ts';
import { formatDuration } from './format-duration.ts';

/**
 * A failed call in plain words: what kind of problem (in the user's language) and, when main sent
 * a reason code, the specific sentence for it; otherwise main's own explanation (in Spanish when
 * it is one of the known validation messages).
 */
export function ErrorMessage({ error }: { error: AppErrorPayload }) {
  const { t, i18n } = useTranslation();
  const summary: string = t(`errors.${error.code}`);
  const seconds = error.params?.retryAfterSeconds;
  const detail: string = error.reason
    ? t(`errorReason.${error.reason}`, {
        duration: formatDuration((seconds ?? 0) * 1000, i18n.language),
      })
    : translateValidation(error.message, i18n.language, i18n);
  return (
    <div className="notice notice-error" role="alert">
      <strong>{summary}</strong>
      {detail && detail !== summary && <span> {detail}</span>}
    </div>
  );
}
