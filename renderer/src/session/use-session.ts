import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionState } from '../../../shared/session.ts';
import { useBridge } from '../bridge/bridge-context.tsx';
import { queryKeys } from '../bridge/query-keys.ts';

export function useSessionQuery() {
  const bridge = useBridge();
  return useQuery({ queryKey: queryKeys.session, queryFn: () => bridge.session.getState() });
}

/** Stores a session state main returned, dropping the previous user's data on sign-out. */
export function useApplySession(): (state: SessionState) => void {
  const queryClient = useQueryClient();
  return (state) => {
    queryClient.setQueryData(queryKeys.session, state);
    if (state.status !== 'signed_in')
      queryClient.removeQueries({ queryKey: queryKeys.integrations });
    else void queryClient.invalidateQueries({ queryKey: queryKeys.integrations });
  };
}

export function useSignOut() {
  const bridge = useBridge();
  const apply = useApplySession();
  return useMutation({ mutationFn: () => bridge.session.signOut(), onSuccess: apply });
}

/** "Retry now": asks main to reach the server at once instead of waiting for its backoff. */
export function useReconnect() {
  const bridge = useBridge();
  const apply = useApplySession();
  return useMutation({ mutationFn: () => bridge.session.reconnect(), onSuccess: apply });
}
