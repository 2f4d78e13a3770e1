import { useTranslation } from 'react-i18next';
import { CenteredScreen } from '../layout/centered-screen.tsx';
import { PageCard } from '../ui/page-card.tsx';
import { ConnectionForm } from '../settings/connection-form.tsx';
import { SetupGuide } from '../settings/setup-guide.tsx';
import { useSettingsQuery } from '../settings/use-settings.ts';
import { describeAppError } from '../ui/describe-app-error.ts';
import '../settings/settings.css';

/**
 * No usable Supabase project: what to do, step by step, and the form to connect one right here.
 * If a project is set but main could not start with it, say so, so the user checks that one.
 */
export function NotConfiguredScreen({
  onRetry,
  reason = null,
}: {
  onRetry: () => void;
  /** Why main answered `not_configured`, when it said (a refused project key). */
  reason?: string | null;
}) {
  const { t, i18n } = useTranslation();
  const settings = useSettingsQuery().data;
  return (
    <CenteredScreen width="wide">
      <PageCard titleId="not-configured-title" title={t('notConfigured.title')}>
        <p>{t('notConfigured.intro')}</p>
        <SetupGuide />
      </PageCard>
      {settings?.connection && (
        <div className="notice notice-warning" role="status">
          <strong>{t('notConfigured.brokenTitle')}</strong>{' '}
          {reason && (
            <span data-testid="not-configured-reason">
              {describeAppError(t, i18n, { code: 'not_configured', reason })}{' '}
            </span>
          )}
          <span>
            {t('notConfigured.broken', {
              url: settings.connection.supabaseUrl,
              source: t(`settings.sourceName.${settings.source}`),
            })}
          </span>
        </div>
      )}
      <section className="card" aria-labelledby="connect-title" data-testid="connect-project">
        <h2 id="connect-title">{t('notConfigured.formTitle')}</h2>
        <ConnectionForm
          key={settings?.connection?.supabaseUrl ?? 'none'}
          currentUrl={settings?.connection?.supabaseUrl ?? null}
        />
      </section>
      <div className="button-row retry-row">
        <span className="muted small">{t('notConfigured.retryHint')}</span>
        <button type="button" className="button" onClick={onRetry}>
          {t('notConfigured.retry')}
        </button>
      </div>
    </CenteredScreen>
  );
}
