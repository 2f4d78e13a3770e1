import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../shared/session.ts';
import { describeAppError } from '../ui/describe-app-error.ts';

/** The keychain reason main reports (a code such as `keychain_locked`) as an error to word. */
const keychainError = (reason: string) => ({ code: 'keychain_unavailable' as const, reason });

/** Without a keychain main cannot keep the session between launches; say so once, plainly. */
export function KeychainBanner({ keychain }: { keychain: SessionState['keychain'] }) {
  const { t, i18n } = useTranslation();
  if (keychain.available) return null;
  return (
    <section className="banner banner-warning" role="status" aria-label={t('keychain.title')}>
      <div className="banner-text">
        <strong>{t('keychain.title')}</strong>
        <span>{t('keychain.body')}</span>
        {keychain.reason && (
          <span className="muted">{describeAppError(t, i18n, keychainError(keychain.reason))}</span>
        )}
      </div>
    </section>
  );
}
