import { useTranslation } from 'react-i18next';
import { OpenExternalButton } from '../ui/open-external-button.tsx';
import { PrepareProject } from './prepare-project.tsx';

export const SUPABASE_DASHBOARD_URL = 'https://supabase.com/dashboard';

// Commands, not prose: the same in every language.
const MIGRATE_COMMANDS = 'supabase link --project-ref <your-project-ref>\nsupabase db push';

/** First run: the steps from nothing to a project the app can use, in plain words. */
export function SetupGuide() {
  const { t } = useTranslation();
  return (
    <ol className="setup-steps">
      <li>
        <p>{t('notConfigured.stepCreate')}</p>
        <p>
          <OpenExternalButton url={SUPABASE_DASHBOARD_URL}>
            {t('notConfigured.openDashboard')}
          </OpenExternalButton>{' '}
          <span className="muted small">supabase.com/dashboard</span>
        </p>
      </li>
      <li>
        <p>{t('notConfigured.stepMigrate')}</p>
        <pre className="code-block">
          <code>{MIGRATE_COMMANDS}</code>
        </pre>
        <p className="muted small">{t('notConfigured.stepMigrateRef')}</p>
        <PrepareProject />
      </li>
      <li>
        <p>{t('notConfigured.stepCopy')}</p>
      </li>
      <li>
        <p>{t('notConfigured.stepPaste', { save: t('settings.save') })}</p>
      </li>
    </ol>
  );
}
