import { useTranslation } from 'react-i18next';
import type { Integration } from '../../../../shared/integration.ts';
import { ActivityChart } from '../../activity/activity-chart.tsx';
import { ActivityEntries, ActivityLoadState } from '../../activity/activity-entries.tsx';
import { useActivityPages } from '../../activity/use-activity.ts';
import '../../activity/activity.css';

/** The integration's last 30 days as a chart, and its audit trail, newest first, paged. */
export function ActivityList({ integration }: { integration: Integration }) {
  const { t } = useTranslation();
  const pages = useActivityPages({ integrationId: integration.id });
  const empty = pages.isSuccess && pages.data.pages.every((page) => page.events.length === 0);
  return (
    <section className="card activity" aria-labelledby="activity-title">
      <h2 id="activity-title">{t('activity.title')}</h2>
      <ActivityChart integrationId={integration.id} />
      <ActivityLoadState pages={pages} />
      {empty && <p className="muted">{t('activity.empty')}</p>}
      {!empty && pages.isSuccess && (
        <ActivityEntries pages={pages} label={t('activity.title')} showIntegration={false} />
      )}
    </section>
  );
}
