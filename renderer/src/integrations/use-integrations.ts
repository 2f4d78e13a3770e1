import { skipToken, useQuery } from '@tanstack/react-query';
import type { ConnectionTestResult } from '../../../shared/connection-test.ts';
import type { Integration } from '../../../shared/integration.ts';
import { useBridge } from '../bridge/bridge-context.tsx';
import { queryKeys } from '../bridge/query-keys.ts';

export function useIntegrationList() {
  const bridge = useBridge();
  return useQuery({ queryKey: queryKeys.list, queryFn: () => bridge.integrations.list() });
}

/** One integration, read from the list main keeps up to date. */
export function useIntegration(id: string): Integration | undefined {
  return useIntegrationList().data?.integrations.find((integration) => integration.id === id);
}

/** The last test result seen for an integration; written by test calls and status events. */
export function useLastTestResult(id: string): ConnectionTestResult | undefined {
  return useQuery<ConnectionTestResult>({
    queryKey: queryKeys.testResult(id),
    queryFn: skipToken,
    staleTime: Infinity,
    gcTime: Infinity,
  }).data;
}
