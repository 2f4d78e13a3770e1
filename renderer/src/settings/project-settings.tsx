import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../bridge/app-error.ts';
import { ErrorMessage } from '../ui/error-message.tsx';
import { SettingsCard } from '../ui/settings-card.tsx';
import { ConnectionForm } from './connection-form.tsx';
import { ForgetProject } from './forget-project.tsx';
import { ProjectSummary } from './project-summary.tsx';
import { useSettingsQuery } from './use-settings.ts';
import './settings.css';

const hostOf = (url: string) => new URL(url).host;

/** The Supabase project section as a card of the Settings screen. */
export function ProjectSettings() {
  const { t } = useTranslation();
  return (
    <SettingsCard title={t('settings.projectTitle')} testId="project-settings">
      <ProjectSettingsBody subHeading="h3" />
    </SettingsCard>
  );
}

/**
 * Which project is in use and where it came from, a form to use another, and "Forget this
 * project" for one saved here (build-time and local-dev values cannot be forgotten, only
 * overridden). Also shown in the sign-in screen's "Change project" dialog.
 */
export function ProjectSettingsBody({ subHeading: SubHeading }: { subHeading: 'h3' }) {
  const { t } = useTranslation();
  const settings = useSettingsQuery();
  const formTitleId = useId();
  const data = settings.data;
  return (
    <>
      <p className="muted">{t('settings.projectIntro')}</p>
      {settings.isPending && <p className="muted">{t('app.loading')}</p>}
      {settings.isError && (
        <>
          <p>{t('settings.loadFailed')}</p>
          <ErrorMessage error={toAppError(settings.error)} />
          <button type="button" className="button" onClick={() => void settings.refetch()}>
            {t('settings.retry')}
          </button>
        </>
      )}
      {data && (
        <>
          <ProjectSummary settings={data} />
          {data.source === 'settings' && data.connection && (
            <ForgetProject host={hostOf(data.connection.supabaseUrl)} />
          )}
          <section className="settings-subsection stack" aria-labelledby={formTitleId}>
            <SubHeading id={formTitleId}>
              {data.connection ? t('settings.changeTitle') : t('settings.connectTitle')}
            </SubHeading>
            {data.connection && <p className="muted small">{t('settings.switchNote')}</p>}
            <ConnectionForm currentUrl={data.connection?.supabaseUrl ?? null} />
          </section>
        </>
      )}
    </>
  );
}
