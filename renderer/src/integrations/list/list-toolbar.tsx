import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LIST_SORTS } from '../../../../shared/list-view.ts';
import type { ListView } from '../../../../shared/list-view.ts';
import { INTEGRATION_STATUSES } from '../../../../shared/providers.ts';
import { PROVIDER_NAMES, PROVIDER_ORDER } from '../../providers/provider-meta.ts';
import { FilterSelect } from '../../ui/filter-select.tsx';
import { statusLabelKey } from '../status-label.ts';
import { useSearchShortcut } from './use-search-shortcut.ts';

interface ListToolbarProps {
  search: string;
  onSearch: (search: string) => void;
  view: ListView;
  onView: (patch: Partial<ListView>) => void;
  shown: number;
  total: number;
}

/** Search, status and provider filters, sort and density above the list. */
export function ListToolbar({ search, onSearch, view, onView, shown, total }: ListToolbarProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  useSearchShortcut(input);
  return (
    <div className="list-toolbar" role="search" aria-label={t('listView.toolbarLabel')}>
      <input
        ref={input}
        type="search"
        className="list-search"
        aria-label={t('listView.searchLabel')}
        aria-keyshortcuts="Control+K Meta+K /"
        placeholder={t('listView.searchPlaceholder')}
        value={search}
        onChange={(event) => onSearch(event.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
      <FilterSelect
        label={t('listView.status')}
        value={view.status}
        onChange={(status) => onView({ status })}
        options={[
          { value: 'all', label: t('listView.anyStatus') },
          ...INTEGRATION_STATUSES.map((status) => ({
            value: status,
            label: t(statusLabelKey(status)),
          })),
        ]}
      />
      <FilterSelect
        label={t('listView.provider')}
        value={view.provider}
        onChange={(provider) => onView({ provider })}
        options={[
          { value: 'all', label: t('listView.anyProvider') },
          ...PROVIDER_ORDER.map((type) => ({ value: type, label: PROVIDER_NAMES[type] })),
        ]}
      />
      <FilterSelect
        label={t('listView.sort')}
        value={view.sort}
        onChange={(sort) => onView({ sort })}
        options={LIST_SORTS.map((sort) => ({ value: sort, label: t(`listView.sortBy.${sort}`) }))}
      />
      <label className="list-control list-density">
        <input
          type="checkbox"
          checked={view.density === 'compact'}
          onChange={(event) =>
            onView({ density: event.target.checked ? 'compact' : 'comfortable' })
          }
        />
        <span>{t('listView.compact')}</span>
      </label>
      <p className="muted small list-count" aria-live="polite">
        {t('listView.count', { shown, total })}
      </p>
    </div>
  );
}
