import { useTranslation } from 'react-i18next';
import type { IntegrationStatus } from '../../../shared/providers.ts';
import { statusLabelKey } from './status-label.ts';
import './status-badge.css';

export function StatusBadge({ status }: { status: IntegrationStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-${status}`} data-status={status}>
      <span className="badge-dot" aria-hidden="true" />
      {t(statusLabelKey(status))}
    </span>
  );
}
