import { useTranslation } from 'react-i18next';
import type { ListView } from '../../../../shared/list-view.ts';
import { PROVIDER_NAMES } from '../../providers/provider-meta.ts';
import { NoMatchCard } from '../../ui/no-match-card.tsx';
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
  return (
    <NoMatchCard
      title={t('listView.noMatchTitle')}
      because={t('listView.noMatchBecause', { total })}
      reasons={[
        search.trim() && t('listView.searchReason', { search: search.trim() }),
        view.status !== 'all' &&
          t('listView.statusReason', { status: t(statusLabelKey(view.status)) }),
        view.provider !== 'all' &&
          t('listView.providerReason', { provider: PROVIDER_NAMES[view.provider] }),
      ]}
      clearLabel={t('listView.clear')}
      onClear={onClear}
    />
  );
}
