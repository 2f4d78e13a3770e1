import { useTranslation } from 'react-i18next';
import type { ListView } from '../../../../shared/list-view.ts';
import { PROVIDER_NAMES } from '../../providers/provider-meta.ts';
import { statusLabelKey } from '../status-label.ts';

interface NoMatchProps {
  search: string;
  view: ListView;
  total: number;
  onClear: () => void;
}

/** A search or filter that leaves nothing: which conditions did it, and a way out. */
export function NoMatch({ search, view, total, onClear }: NoMatchProps) {
  const { t } = useTranslation();
  const reasons = [
    search.trim() && t('listView.searchReason', { search: search.trim() }),
    view.status !== 'all' && t('listView.statusReason', { status: t(statusLabelKey(view.status)) }),
    view.provider !== 'all' &&
      t('listView.providerReason', { provider: PROVIDER_NAMES[view.provider] }),
  ].filter((reason): reason is string => Boolean(reason));
  return (
    <section className="no-match card stack" aria-labelledby="no-match-title">
      <h2 id="no-match-title">{t('listView.noMatchTitle')}</h2>
      <p className="muted">{t('listView.noMatchBecause', { total })}</p>
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onClear}>
        {t('listView.clear')}
      </button>
    </section>
  );
}
