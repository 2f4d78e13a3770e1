import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Integration } from '../../../../shared/integration.ts';
import { PROVIDER_NAMES } from '../../providers/provider-meta.ts';
import { AbsoluteTime } from '../../ui/absolute-time.tsx';
import { TestTimes } from '../test-times.tsx';

/**
 * The non-secret facts: nothing here can reveal a credential (the hint is made to be shown). Times
 * are exact here (relative on hover); the list shows them relative.
 */
export function DetailFacts({ integration }: { integration: Integration }) {
  const { t } = useTranslation();
  const facts: Array<[string, ReactNode]> = [
    [t('detail.provider'), PROVIDER_NAMES[integration.type]],
    [t('row.identity'), integration.credentialHint ?? '—'],
    [t('detail.credentialsVersion'), integration.credentialsVersion],
    [t('detail.created'), <AbsoluteTime key="c" iso={integration.createdAt} />],
  ];
  return (
    <section className="card">
      <dl className="facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <TestTimes integration={integration} Time={AbsoluteTime} />
      </dl>
    </section>
  );
}
