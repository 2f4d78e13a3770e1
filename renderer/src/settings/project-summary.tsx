import { useTranslation } from 'react-i18next';
import type { ResolvedSettings } from '../../../shared/app-settings.ts';
import { classifySupabaseKey } from '../../../shared/supabase-key-kind.ts';

/**
 * Which project is in use and where that came from. The anon key itself is public by design,
 * but only its kind is shown: nothing here needs the value.
 */
export function ProjectSummary({ settings }: { settings: ResolvedSettings }) {
  const { t } = useTranslation();
  const { connection, source } = settings;
  const kind = connection ? classifySupabaseKey(connection.supabaseAnonKey).kind : null;
  return (
    <div className="stack project-summary">
      <dl className="settings-facts">
        <div>
          <dt>{t('settings.current')}</dt>
          <dd className="mono" data-testid="project-url">
            {connection?.supabaseUrl ?? t('settings.noProject')}
          </dd>
        </div>
        <div>
          <dt>{t('settings.source')}</dt>
          <dd data-testid="project-source">{t(`settings.sourceName.${source}`)}</dd>
        </div>
        {kind && (
          <div>
            <dt>{t('settings.key')}</dt>
            <dd>{kind === 'publishable' ? t('settings.keyPublishable') : t('settings.keyAnon')}</dd>
          </div>
        )}
      </dl>
      <p className="muted small">{t(`settings.sourceHelp.${source}`)}</p>
    </div>
  );
}
