import { useTranslation } from 'react-i18next';

/**
 * PLACEHOLDER for the Settings screen (the lead fills it in): the Supabase project URL and anon
 * key form goes in the "Supabase project" section. It is shown both signed in (sidebar →
 * Settings) and on the "not configured" screen, so the same form serves first-run setup.
 * Language and theme stay in the top bar, reachable from every screen.
 */
export function SettingsPanel({ headingLevel = 1 }: { headingLevel?: 1 | 2 }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section className="page" aria-labelledby="settings-title" data-testid="settings-panel">
      <div className="page-header">
        <Heading id="settings-title" tabIndex={-1}>
          {t('settings.title')}
        </Heading>
      </div>
      <section className="card" aria-labelledby="settings-project">
        <h3 id="settings-project">{t('settings.projectTitle')}</h3>
        <p className="muted">{t('settings.projectPlaceholder')}</p>
      </section>
    </section>
  );
}
