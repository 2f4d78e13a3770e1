import { useTranslation } from 'react-i18next';
import { ProviderIcon } from '../providers/provider-icon.tsx';
import { PROVIDER_ORDER } from '../providers/provider-meta.ts';
import { OFFLINE_REASON_ID, useNetwork } from '../session/use-network.ts';

export function EmptyState({ onAdd }: { onAdd: () => void }) {
  const { t } = useTranslation();
  const network = useNetwork();
  return (
    <section className="empty-state card" aria-labelledby="empty-title">
      <div className="empty-icons" aria-hidden="true">
        {PROVIDER_ORDER.map((type) => (
          <ProviderIcon key={type} type={type} size={40} />
        ))}
      </div>
      <h2 id="empty-title">{t('integrations.emptyTitle')}</h2>
      <p className="muted">{t('integrations.emptyBody')}</p>
      <button
        type="button"
        className="button button-primary"
        onClick={onAdd}
        disabled={!network.available}
        title={network.reason}
        aria-describedby={network.available ? undefined : OFFLINE_REASON_ID}
      >
        {t('integrations.emptyAction')}
      </button>
    </section>
  );
}
