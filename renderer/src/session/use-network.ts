import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Connectivity } from '../../../shared/session.ts';
import { useBridge } from '../bridge/bridge-context.tsx';
import { queryKeys } from '../bridge/query-keys.ts';
import { useSessionQuery } from './use-session.ts';

export interface NetworkState {
  /** False while offline or showing cached data: changes and tests are then disabled. */
  available: boolean;
  connectivity: Connectivity;
  /** When the list shown was last loaded from the server. */
  lastSyncedAt: string | null;
  /** Why network actions are disabled, for a tooltip; undefined when they are not. */
  reason: string | undefined;
}

/** The element id of the visible explanation, for `aria-describedby` on disabled buttons. */
export const OFFLINE_REASON_ID = 'offline-reason';

export function useNetwork(): NetworkState {
  const { t } = useTranslation();
  const bridge = useBridge();
  const session = useSessionQuery().data;
  // Reads the list's cache only (same key and fetcher as useIntegrationList, so no extra call).
  const list = useQuery({
    queryKey: queryKeys.list,
    queryFn: () => bridge.integrations.list(),
    enabled: session?.status === 'signed_in',
  }).data;
  const connectivity = session?.connectivity ?? 'connecting';
  const available = connectivity === 'online' && list?.source !== 'cache';
  return {
    available,
    connectivity,
    lastSyncedAt: list?.syncedAt ?? session?.lastSyncedAt ?? null,
    reason: available ? undefined : t('offline.reason'),
  };
}
