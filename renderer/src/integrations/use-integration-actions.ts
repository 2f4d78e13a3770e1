import { useIsMutating, useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateIntegrationInput } from '../../../shared/integration.ts';
import { useBridge } from '../bridge/bridge-context.tsx';
import { mutationKeys, queryKeys } from '../bridge/query-keys.ts';

/*
 * Actions whose inputs are ids, names and settings only. Anything carrying a credential
 * (create, rotate, sign-in) is sent without React Query so it never sits in its cache.
 * None of them reloads the list or the activity: main reloads once after every write and pushes
 * `integrations:changed`, which use-bridge-events.ts puts in the cache. Test results are kept
 * here, since the list does not carry them.
 */

export function useTestIntegration(id: string) {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  const test = useMutation({
    mutationKey: mutationKeys.test(id),
    mutationFn: () => bridge.integrations.test({ id }),
    onSuccess: (result) => queryClient.setQueryData(queryKeys.testResult(id), result),
  });
  const cancel = useMutation({ mutationFn: () => bridge.integrations.cancelTest({ id }) });
  // Counted across the app, so a test started in the list still shows as running in the detail.
  const running = useIsMutating({ mutationKey: mutationKeys.test(id) }) > 0;
  // "Test all" covers this one too: no second test of the same integration meanwhile.
  const testingAll = useIsMutating({ mutationKey: mutationKeys.testAll }) > 0;
  return { test, cancel, running, testingAll };
}

export function useTestAll() {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: mutationKeys.testAll,
    mutationFn: () => {
      queryClient.setQueryData(queryKeys.testAllProgress, null);
      return bridge.integrations.testAll();
    },
    onSuccess: (outcomes) => {
      for (const { integrationId, result } of outcomes) {
        // Stopped: one that never started keeps its last result; one that was running has
        // already said so in its status event.
        if (result.errorKind === 'cancelled') continue;
        queryClient.setQueryData(queryKeys.testResult(integrationId), result);
      }
    },
  });
}

/** "Stop" for a running "Test all"; the run's own answer then brings the stopped ones as cancelled. */
export function useStopTestAll() {
  const bridge = useBridge();
  return useMutation({ mutationFn: () => bridge.integrations.stopTestAll() });
}

export function useSetEnabled(id: string) {
  const bridge = useBridge();
  return useMutation({
    mutationFn: (enabled: boolean) => bridge.integrations.setEnabled({ id, enabled }),
  });
}

export function useUpdateIntegration(id: string) {
  const bridge = useBridge();
  return useMutation({
    mutationFn: (changes: Omit<UpdateIntegrationInput, 'id'>) =>
      bridge.integrations.update({ id, ...changes }),
  });
}

export function useDeleteIntegration(id: string) {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => bridge.integrations.delete({ id }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: queryKeys.testResult(id) });
    },
  });
}
