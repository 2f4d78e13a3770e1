import { useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import type { ActivityCursor, ActivityFilter } from '../../../shared/activity.ts';
import { ACTIVITY_PAGE_SIZE } from '../../../shared/activity.ts';
import { useBridge } from '../bridge/bridge-context.tsx';
import { queryKeys } from '../bridge/query-keys.ts';

/*
 * The audit trail through React Query: keyset pages (the cursor is the last event of the page
 * before), the detail chart's counts, and the CSV export. Failures go through the query client's
 * one handler (app/bridge-failure.ts): not_authenticated re-reads the session, offline shows.
 */

/** Newest first, one page at a time; `enabled: false` while the filter is not valid. */
export function useActivityPages(filter: ActivityFilter, enabled = true) {
  const bridge = useBridge();
  return useInfiniteQuery({
    queryKey: queryKeys.activityList(filter),
    queryFn: ({ pageParam }) =>
      bridge.activity.list({ filter, cursor: pageParam, limit: ACTIVITY_PAGE_SIZE }),
    initialPageParam: null as ActivityCursor | null,
    getNextPageParam: (page) => page.nextCursor,
    enabled,
  });
}

/** The renderer's own IANA time zone, so "a day" on the chart is the user's day. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function useActivityDaily(integrationId: string) {
  const bridge = useBridge();
  const timeZone = localTimeZone();
  return useQuery({
    queryKey: queryKeys.activityDaily(integrationId, timeZone),
    queryFn: () => bridge.activity.daily({ integrationId, timeZone }),
  });
}

/** Main asks where to save (native dialog) and writes the file; `saved: false` when cancelled. */
export function useActivityExport() {
  const bridge = useBridge();
  return useMutation({
    mutationFn: (filter: ActivityFilter) => bridge.activity.export({ filter }),
  });
}
