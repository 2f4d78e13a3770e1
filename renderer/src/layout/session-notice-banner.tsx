import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../shared/session.ts';
import { authReasonText } from '../session/auth-reason-text.ts';
import { SUPABASE_DASHBOARD_URL } from '../settings/setup-guide.tsx';
import { OpenExternalButton } from '../ui/open-external-button.tsx';
import { useNavigation } from './navigation.tsx';

/**
 * Signed in, but the server refused to refresh the session for a reason retrying will not fix
 * (the project's key refused, the project paused, a rate limit). The session is kept; this says
 * why and where to fix it.
 */
export function SessionNoticeBanner({ notice }: { notice: SessionState['notice'] }) {
  const { t, i18n } = useTranslation();
  const { navigate } = useNavigation();
  if (notice === null) return null;
  return (
    <section
      className="banner banner-warning"
      role="status"
      aria-label={t('authWords.sessionNotice.title')}
    >
      <div className="banner-text">
        <strong>{t('authWords.sessionNotice.title')}</strong>
        <span>{authReasonText(t, i18n, notice)}</span>
      </div>
      {notice === 'api_key_refused' && (
        <button type="button" className="button" onClick={() => navigate({ name: 'settings' })}>
          {t('authWords.sessionNotice.openSettings')}
        </button>
      )}
      {notice === 'project_paused' && (
        <OpenExternalButton url={SUPABASE_DASHBOARD_URL}>
          {t('authWords.sessionNotice.openDashboard')}
        </OpenExternalButton>
      )}
    </section>
  );
}
