import { useTranslation } from 'react-i18next';
import type { Integration } from '../../../../shared/integration.ts';
import { toAppError } from '../../bridge/app-error.ts';
import { ErrorMessage } from '../../ui/error-message.tsx';
import { RelativeTime } from '../../ui/relative-time.tsx';
import { useIntegrationEvents } from '../use-integrations.ts';
import { describeEvent } from './describe-event.ts';

/** The integration's audit trail, newest first. */
export function ActivityList({ integration }: { integration: Integration }) {
  const { t } = useTranslation();
  const events = useIntegrationEvents(integration.id);
  const sorted = [...(events.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section className="card activity" aria-labelledby="activity-title">
      <h2 id="activity-title">{t('activity.title')}</h2>
      {events.isPending && <p className="muted">{t('app.loading')}</p>}
      {events.isError && (
        <>
          <p>{t('activity.loadFailed')}</p>
          <ErrorMessage error={toAppError(events.error)} />
        </>
      )}
      {events.isSuccess && sorted.length === 0 && <p className="muted">{t('activity.empty')}</p>}
      {sorted.length > 0 && (
        <ol className="activity-list">
          {sorted.map((event) => (
            <li key={event.id} data-event-type={event.eventType}>
              <div className="activity-head">
                <strong>{t(`activity.type.${event.eventType}`)}</strong>
                <span className="muted small">
                  <RelativeTime iso={event.createdAt} />
                </span>
              </div>
              {describeEvent(event, t).map((line) => (
                <p key={line} className="muted small">
                  {line}
                </p>
              ))}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
