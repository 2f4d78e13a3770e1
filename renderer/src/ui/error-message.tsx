import { useTranslation } from 'react-i18next';
import type { AppErrorPayload } from '../bridge/app-error.ts';

/**
 * A failed call in plain words: what kind of problem (in the user's language) and main's own
 * explanation, which is written for people and never contains a credential.
 */
export function ErrorMessage({ error }: { error: AppErrorPayload }) {
  const { t } = useTranslation();
  const summary = t(`errors.${error.code}`);
  return (
    <div className="notice notice-error" role="alert">
      <strong>{summary}</strong>
      {error.message && error.message !== summary && <span> {error.message}</span>}
    </div>
  );
}
