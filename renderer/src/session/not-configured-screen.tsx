import { useTranslation } from 'react-i18next';
import { Brand } from '../layout/brand.tsx';
import { TopBar } from '../layout/top-bar.tsx';
import { SettingsPanel } from '../settings/settings-panel.tsx';

/** No Supabase URL/anon key yet: explain, and show the settings where they will be entered. */
export function NotConfiguredScreen({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="auth-layout">
      <TopBar />
      <main className="centered-screen">
        <div className="stack card-wide">
          <Brand />
          <section className="card" aria-labelledby="not-configured-title">
            <h1 id="not-configured-title">{t('notConfigured.title')}</h1>
            <p>{t('notConfigured.body')}</p>
            <button type="button" className="button" onClick={onRetry}>
              {t('notConfigured.retry')}
            </button>
          </section>
          <SettingsPanel headingLevel={2} />
        </div>
      </main>
    </div>
  );
}
