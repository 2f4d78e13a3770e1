import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useReducer } from 'react';
import type { LockState } from '../../../shared/lock.ts';
import { useBridge } from '../bridge/bridge-context.tsx';
import { queryKeys } from '../bridge/query-keys.ts';

/** Main's lock, asked once a user is signed in; `lock:changed` keeps it current. */
export function useLockQuery(signedIn: boolean) {
  const bridge = useBridge();
  return useQuery({
    queryKey: queryKeys.lock,
    queryFn: () => bridge.lock.getState(),
    enabled: signedIn,
    staleTime: Infinity,
  });
}

/**
 * Stores a lock state main sent or answered. Locking drops the whole React Query cache first
 * (issue #13 §3: the list leaves the page's memory, not only the screen); unlocking reloads what
 * the screens then ask for, settings included (main refused them while locked).
 */
export function applyLockState(queryClient: QueryClient, state: LockState): void {
  const wasLocked = queryClient.getQueryData<LockState>(queryKeys.lock)?.locked === true;
  if (state.locked && !wasLocked) queryClient.clear();
  queryClient.setQueryData(queryKeys.lock, state);
  if (!state.locked && wasLocked) {
    void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'lock' });
  }
}

/**
 * Renders the caller again on every lock change. `queryClient.clear()` removes the queries
 * without telling their observers, so the screen that reads the session and the lock must look
 * again to find the new ones (subscribed after useBridgeEvents, so the cache is already current).
 */
export function useRenderOnLockChange(): void {
  const bridge = useBridge();
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  useEffect(() => bridge.on('lock:changed', () => rerender()), [bridge]);
}
