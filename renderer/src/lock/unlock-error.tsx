import { useTranslation } from 'react-i18next';
import type { AppErrorPayload } from '../bridge/app-error.ts';
import { ErrorMessage } from '../ui/error-message.tsx';

/**
 * Why the unlock did not work: a wrong password or code says how many tries are left before the
 * sign-out; Auth's rate limit says the try did not count; anything else in the usual words.
 */
export function UnlockError({ error }: { error: AppErrorPayload }) {
  const { t } = useTranslation();
  const left = error.params?.triesLeft;
  let words: string | null = null;
  if (left !== undefined && error.reason === 'wrong_credentials') {
    words = t('lock.wrongPassword', { count: left });
  } else if (left !== undefined && error.reason === 'second_factor_code_wrong') {
    words = t('lock.wrongCode', { count: left });
  } else if (error.reason === 'rate_limited') {
    const seconds = error.params?.retryAfterSeconds;
    words = seconds === undefined ? t('lock.rateLimited') : t('lock.rateLimitedFor', { seconds });
  }
  if (words === null) return <ErrorMessage error={error} />;
  return (
    <div className="notice notice-error" role="alert">
      <strong>{words}</strong>
    </div>
  );
}
