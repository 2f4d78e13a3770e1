import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../shared/session.ts';

/** Without a keychain main cannot keep the session between launches; say so once, plainly. */
export function KeychainBanner({ keychain }: { keychain: SessionState['keychain'] }) {
  const { t } = useTranslation();
  if (keychain.available) return null;
  return (
    <section className="banner banner-warning" role="status" aria-label={t('keychain.title')}>
      <div className="banner-text">
        <strong>{t('keychain.title')}</strong>
        <span>{t('keychain.body')}</span>
        {keychain.reason && <span className="muted">{keychain.reason}</span>}
      </div>
    </section>
  );
}
