import { useTranslation } from 'react-i18next';
import type { AppErrorPayload } from '../../../shared/errors.ts';
import { ErrorMessage } from './error-message.tsx';

/** A list still on its way (announced to screen readers as a status). */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="muted">
      <span className="spinner" aria-hidden="true" /> {t('app.loading')}
    </p>
  );
}

/** A list that could not be loaded: what failed, why, and a way to try again. */
export function LoadFailed({
  what,
  error,
  onRetry,
}: {
  what: string;
  error: AppErrorPayload;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <p>{what}</p>
      <ErrorMessage error={error} />
      <button type="button" className="button" onClick={onRetry}>
        {t('integrations.retry')}
      </button>
    </div>
  );
}
