import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Integration } from '../../../../shared/integration.ts';
import { PROVIDER_NAMES } from '../../providers/provider-meta.ts';
import { RelativeTime } from '../../ui/relative-time.tsx';

/** The non-secret facts: nothing here can reveal a credential (the hint is made to be shown). */
export function DetailFacts({ integration }: { integration: Integration }) {
  const { t } = useTranslation();
  const facts: Array<[string, ReactNode]> = [
    [t('detail.provider'), PROVIDER_NAMES[integration.type]],
    [t('row.identity'), integration.credentialHint ?? '—'],
    [t('detail.credentialsVersion'), integration.credentialsVersion],
    [t('row.lastVerified'), <RelativeTime key="v" iso={integration.lastVerifiedAt} />],
    [t('row.lastUsed'), <RelativeTime key="u" iso={integration.lastUsedAt} />],
    [t('detail.created'), <RelativeTime key="c" iso={integration.createdAt} />],
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
      </dl>
    </section>
  );
}
