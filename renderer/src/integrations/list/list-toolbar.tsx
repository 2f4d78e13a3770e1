import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LIST_SORTS } from '../../../../shared/list-view.ts';
import type { ListView } from '../../../../shared/list-view.ts';
import { INTEGRATION_STATUSES } from '../../../../shared/providers.ts';
import { PROVIDER_NAMES, PROVIDER_ORDER } from '../../providers/provider-meta.ts';
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
      <label className="list-control">
        <span>{t('listView.status')}</span>
        <select
          value={view.status}
          onChange={(event) => onView({ status: event.target.value as ListView['status'] })}
        >
          <option value="all">{t('listView.anyStatus')}</option>
          {INTEGRATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(statusLabelKey(status))}
            </option>
          ))}
        </select>
      </label>
      <label className="list-control">
        <span>{t('listView.provider')}</span>
        <select
          value={view.provider}
          onChange={(event) => onView({ provider: event.target.value as ListView['provider'] })}
        >
          <option value="all">{t('listView.anyProvider')}</option>
          {PROVIDER_ORDER.map((type) => (
            <option key={type} value={type}>
              {PROVIDER_NAMES[type]}
            </option>
          ))}
        </select>
      </label>
      <label className="list-control">
        <span>{t('listView.sort')}</span>
        <select
          value={view.sort}
          onChange={(event) => onView({ sort: event.target.value as ListView['sort'] })}
        >
          {LIST_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`listView.sortBy.${sort}`)}
            </option>
          ))}
        </select>
      </label>
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
