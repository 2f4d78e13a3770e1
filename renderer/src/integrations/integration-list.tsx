import { useTranslation } from 'react-i18next';
import type { Integration } from '../../../shared/integration.ts';
import { IntegrationRow } from './integration-row.tsx';

export function IntegrationList({ integrations }: { integrations: readonly Integration[] }) {
  const { t } = useTranslation();
  return (
    <ul className="integration-list" aria-label={t('integrations.listLabel')}>
      {integrations.map((integration) => (
        <IntegrationRow key={integration.id} integration={integration} />
      ))}
    </ul>
  );
}
