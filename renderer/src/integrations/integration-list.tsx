import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Integration } from '../../../shared/integration.ts';
import type { ListDensity } from '../../../shared/list-view.ts';
import { IntegrationRow } from './integration-row.tsx';
import { VirtualIntegrationList } from './list/virtual-integration-list.tsx';

/**
 * Up to this many rows the list is plain markup (find-in-page and every row in the accessibility
 * tree); above it only the rows near the viewport are rendered, so typing in the search box and
 * scrolling stay fast with a thousand integrations (see test/bench/list-search.bench.ts).
 */
export const VIRTUALIZE_ABOVE = 24;

interface IntegrationListProps {
  integrations: readonly Integration[];
  density?: ListDensity;
}

/** Memoized: a keystroke's urgent render (the search box) leaves the list as it was. */
export const IntegrationList = memo(function IntegrationList({
  integrations,
  density = 'comfortable',
}: IntegrationListProps) {
  const { t } = useTranslation();
  if (integrations.length > VIRTUALIZE_ABOVE) {
    return <VirtualIntegrationList integrations={integrations} density={density} />;
  }
  return (
    <ul
      className="integration-list"
      data-density={density}
      aria-label={t('integrations.listLabel')}
    >
      {integrations.map((integration) => (
        <li key={integration.id}>
          <IntegrationRow integration={integration} />
        </li>
      ))}
    </ul>
  );
});
