import { useTranslation } from 'react-i18next';
import type { IntegrationEvent } from '../../../shared/integration.ts';
import { describeEvent } from '../integrations/detail/describe-event.ts';
import { AbsoluteTime } from '../ui/absolute-time.tsx';
import { headlineParts } from './describe-connection-test.ts';

/**
 * One audit event: what happened in words, when (absolute, as an audit log reads; the relative
 * time on hover), and on the app-wide page which integration.
 */
export function ActivityEntry({
  event,
  showIntegration,
}: {
  event: IntegrationEvent;
  showIntegration: boolean;
}) {
  const { t, i18n } = useTranslation();
  const headline = headlineParts(event, t, i18n.language);
  return (
    <li
      data-event-type={event.eventType}
      data-outcome={typeof event.details.outcome === 'string' ? event.details.outcome : undefined}
    >
      <div className="activity-head">
        <span className="activity-headline">
          <strong>{headline.lead}</strong>
          {headline.rest && ` — ${headline.rest}`}
        </span>
        <span className="muted small activity-time">
          <AbsoluteTime iso={event.createdAt} />
        </span>
      </div>
      {showIntegration && (
        <p className="small activity-integration">
          {event.integrationName ?? t('activity.deletedIntegration')}
        </p>
      )}
      {describeEvent(event, t).map((line) => (
        <p key={line} className="muted small">
          {line}
        </p>
      ))}
    </li>
  );
}
