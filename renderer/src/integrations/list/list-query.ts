import type { Integration } from '../../../../shared/integration.ts';
import type { ListSort, ListView } from '../../../../shared/list-view.ts';
import type { IntegrationStatus } from '../../../../shared/providers.ts';
import { PROVIDER_NAMES } from '../../providers/provider-meta.ts';

/*
 * The integration list as shown: searched, filtered and sorted. Pure functions over the list main
 * sent, so a keystroke costs one pass over precomputed search text (see the list benchmark).
 */

/** Lower case, accents and width variants folded: "Producción" matches "produccion". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('und');
}

/** What a search looks in: the name, the provider's name and the credential hint. */
export function searchTextOf(integration: Integration): string {
  return foldForSearch(
    [integration.name, PROVIDER_NAMES[integration.type], integration.credentialHint ?? ''].join(
      '\n',
    ),
  );
}

/** Problems first: the order a user working through a long list wants. */
const STATUS_ORDER: Record<IntegrationStatus, number> = {
  error: 0,
  verifying: 1,
  unverified: 2,
  connected: 3,
  disabled: 4,
};

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const byName = (a: Integration, b: Integration) => collator.compare(a.name, b.name);
/** Newest first; never-tested last. */
const byTimeDesc = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? 1 : -1;

const COMPARATORS: Record<ListSort, (a: Integration, b: Integration) => number> = {
  name: byName,
  status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byName(a, b),
  last_test: (a, b) => byTimeDesc(lastTestOf(a), lastTestOf(b)) || byName(a, b),
  created: (a, b) => byTimeDesc(a.createdAt, b.createdAt) || byName(a, b),
};

/** When the integration was last tested, whatever the result. */
export function lastTestOf(integration: Integration): string | null {
  return integration.lastVerifiedAt;
}

export function sortIntegrations(list: readonly Integration[], sort: ListSort): Integration[] {
  return [...list].sort(COMPARATORS[sort]);
}

export interface ListQuery {
  search: string;
  view: Pick<ListView, 'status' | 'provider'>;
}

export function isFiltered({ search, view }: ListQuery): boolean {
  return search.trim() !== '' || view.status !== 'all' || view.provider !== 'all';
}

/**
 * The sorted list narrowed by the query. `searchText` holds each integration's folded search text
 * (by id), computed once per list rather than once per keystroke.
 */
export function applyListQuery(
  sorted: readonly Integration[],
  searchText: ReadonlyMap<string, string>,
  { search, view }: ListQuery,
): Integration[] {
  const words = foldForSearch(search).split(/\s+/).filter(Boolean);
  return sorted.filter(
    (integration) =>
      (view.status === 'all' || integration.status === view.status) &&
      (view.provider === 'all' || integration.type === view.provider) &&
      words.every((word) => searchText.get(integration.id)?.includes(word)),
  );
}
