import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProjectSettingsBody } from '../settings/project-settings.tsx';
import { useSettingsQuery } from '../settings/use-settings.ts';
import { Dialog } from '../ui/dialog.tsx';

/**
 * Which project you are signing in to, with a way to change it: signed out, the sidebar's
 * Settings is out of reach, and a wrong project would otherwise leave no way forward.
 */
export function ProjectLine() {
  const { t } = useTranslation();
  const settings = useSettingsQuery().data;
  const [open, setOpen] = useState(false);
  if (!settings?.connection) return null;
  return (
    <div className="project-line small">
      <span className="muted">{t('settings.projectLabel')}</span>{' '}
      <span className="mono" data-testid="project-host">
        {new URL(settings.connection.supabaseUrl).host}
      </span>{' '}
      <span className="muted">({t(`settings.sourceName.${settings.source}`)})</span>
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        {t('settings.changeProject')}
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t('settings.projectTitle')}>
        <div className="stack">
          <ProjectSettingsBody subHeading="h3" />
        </div>
      </Dialog>
    </div>
  );
}
