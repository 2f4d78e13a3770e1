import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useBridge } from '../bridge/bridge-context.tsx';
import { MutationButton } from '../ui/mutation-button.tsx';
import { SettingsCard } from '../ui/settings-card.tsx';
import { useSettingsQuery } from './use-settings.ts';

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/**
 * Settings → "About" (issue #14 §7): the app's, Electron's and Chromium's versions, the Supabase
 * project's host, the update channel, and a button that has main open its logs folder (the page
 * never learns or names the path).
 */
export function AboutSettings() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const info = useQuery({
    queryKey: ['app', 'info'],
    queryFn: () => bridge.app.info(),
    staleTime: Infinity,
  });
  const connection = useSettingsQuery().data?.connection;
  const openLogs = useMutation({ mutationFn: () => bridge.app.openLogs() });
  const data = info.data;
  return (
    <SettingsCard title={t('about.title')} testId="about-settings">
      {info.isError && <p className="muted">{t('about.loadFailed')}</p>}
      {data && (
        <dl className="about-facts">
          <dt>{t('about.version')}</dt>
          <dd className="mono">{data.version}</dd>
          <dt>{t('about.electron')}</dt>
          <dd className="mono">{data.electron ?? '—'}</dd>
          <dt>{t('about.chromium')}</dt>
          <dd className="mono">{data.chromium ?? '—'}</dd>
          <dt>{t('about.project')}</dt>
          <dd className="mono">
            {connection ? hostOf(connection.supabaseUrl) : t('about.noProject')}
          </dd>
          <dt>{t('about.channel')}</dt>
          <dd>{t(`about.channels.${data.updateChannel}`)}</dd>
        </dl>
      )}
      <div className="button-row">
        <MutationButton className="button" mutation={openLogs}>
          {t('about.openLogs')}
        </MutationButton>
      </div>
      {(openLogs.isError || openLogs.data?.opened === false) && (
        <p className="field-error" role="alert">
          {t('about.logsFailed')}
        </p>
      )}
    </SettingsCard>
  );
}
