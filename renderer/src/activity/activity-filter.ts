import type { ActivityFilter, ActivityKind } from '../../../shared/activity.ts';

/*
 * The page's filters as the person set them, and the contract's filter made from them. Dates are
 * the date inputs' "YYYY-MM-DD", meant in the local time zone: "from" is the start of that day,
 * "to" includes its whole day, so the contract's exclusive `to` is the start of the next day.
 */

export interface FilterDraft {
  /** '' is every integration. */
  integrationId: string;
  /** '' is every kind. */
  kind: ActivityKind | '';
  from: string;
  to: string;
}

export const NO_FILTER: FilterDraft = { integrationId: '', kind: '', from: '', to: '' };

export function isFiltered(draft: FilterDraft): boolean {
  return Object.values(draft).some((value) => value !== '');
}

/** Midnight of a "YYYY-MM-DD" day in the local time zone, `dayOffset` days later; null if none. */
export function localDayStart(date: string, dayOffset = 0): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return new Date(year, month - 1, day + dayOffset);
}

/** The contract's filter, or `reversed` when "to" is a day before "from" (a field error, no call). */
export function toActivityFilter(draft: FilterDraft): {
  filter: ActivityFilter;
  reversed: boolean;
} {
  const from = localDayStart(draft.from);
  const to = localDayStart(draft.to, 1);
  const filter: ActivityFilter = {
    ...(draft.integrationId ? { integrationId: draft.integrationId } : {}),
    ...(draft.kind ? { kinds: [draft.kind] } : {}),
    ...(from ? { from: from.toISOString() } : {}),
    ...(to ? { to: to.toISOString() } : {}),
  };
  return { filter, reversed: Boolean(from && to && from >= to) };
}
