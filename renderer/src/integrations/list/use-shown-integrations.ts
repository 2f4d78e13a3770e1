import { useDeferredValue, useMemo, useState } from 'react';
import type { Integration } from '../../../../shared/integration.ts';
import { DEFAULT_LIST_VIEW } from '../../../../shared/list-view.ts';
import { applyListQuery, isFiltered, searchTextOf, sortIntegrations } from './list-query.ts';
import { useListView } from './use-list-view.ts';

/**
 * The list as shown: the search text (this session only) and the remembered view applied to the
 * integrations main sent. Sorting and the search text are computed once per list; a keystroke
 * only filters. The filtering uses a deferred copy of the search, so the box itself never waits
 * for the list.
 */
export function useShownIntegrations(integrations: readonly Integration[]) {
  const [search, setSearch] = useState('');
  const [view, changeView] = useListView();
  const deferredSearch = useDeferredValue(search);
  const sorted = useMemo(
    () => sortIntegrations(integrations, view.sort),
    [integrations, view.sort],
  );
  const searchText = useMemo(
    () => new Map(integrations.map((integration) => [integration.id, searchTextOf(integration)])),
    [integrations],
  );
  const query = useMemo(
    () => ({ search: deferredSearch, view: { status: view.status, provider: view.provider } }),
    [deferredSearch, view.status, view.provider],
  );
  const shown = useMemo(
    () => applyListQuery(sorted, searchText, query),
    [sorted, searchText, query],
  );
  const clear = () => {
    setSearch('');
    changeView({ status: DEFAULT_LIST_VIEW.status, provider: DEFAULT_LIST_VIEW.provider });
  };
  /** "Show the failing ones" after "Test all": the Error filter alone. */
  const showFailing = () => {
    setSearch('');
    changeView({ status: 'error', provider: 'all' });
  };
  return {
    search,
    setSearch,
    view,
    changeView,
    shown,
    filtered: isFiltered(query),
    clear,
    showFailing,
  };
}
