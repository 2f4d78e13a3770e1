import { useTranslation } from 'react-i18next';
import { ProviderIcon } from '../providers/provider-icon.tsx';
import { PROVIDER_ORDER } from '../providers/provider-meta.ts';
import { NetworkActionButton } from '../session/network-action-button.tsx';

export function EmptyState({ onAdd }: { onAdd: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="empty-state card" aria-labelledby="empty-title">
      <div className="empty-icons" aria-hidden="true">
        {PROVIDER_ORDER.map((type) => (
          <ProviderIcon key={type} type={type} size={40} />
        ))}
      </div>
      <h2 id="empty-title">{t('integrations.emptyTitle')}</h2>
      <p className="muted">{t('integrations.emptyBody')}</p>
      <NetworkActionButton className="button button-primary" onClick={onAdd}>
        {t('integrations.emptyAction')}
      </NetworkActionButton>
    </section>
  );
}
