import { useTranslation } from 'react-i18next';
import type { AppErrorPayload } from '../bridge/app-error.ts';
import { authReasonText, isAuthReason } from '../session/auth-reason-text.ts';
import { describeAppError } from './describe-app-error.ts';

/**
 * A failed call in plain words: what kind of problem, then exactly what happened, both in the
 * user's language from main's codes.
 */
export function ErrorMessage({ error }: { error: AppErrorPayload }) {
  const { t, i18n } = useTranslation();
  if (isAuthReason(error.reason)) {
    // An Auth answer has its own words; the code's summary (e.g. "your session has ended" for
    // a wrong password) would say something that did not happen.
    return (
      <div className="notice notice-error" role="alert">
        <strong>{authReasonText(t, i18n, error.reason, error.params)}</strong>
      </div>
    );
  }
  const summary: string = t(`errors.${error.code}`);
  const detail = describeAppError(t, i18n, error);
  return (
    <div className="notice notice-error" role="alert">
      <strong>{summary}</strong>
      {detail && detail !== summary && <span> {detail}</span>}
    </div>
  );
}
