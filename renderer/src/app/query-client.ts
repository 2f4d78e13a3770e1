import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { reactToBridgeFailure } from './bridge-failure.ts';
import type { NotConfiguredSignal } from './not-configured-signal.ts';

/**
 * Bridge calls are local IPC: main already retries the network with backoff and pushes changes
 * as events, so the renderer does not retry or refetch on focus. Mutations are dropped from the
 * cache as soon as they settle (`gcTime: 0`); create/rotate, which carry secrets, do not go
 * through React Query at all (see add/use-add-flow.ts).
 */
export function createAppQueryClient(notConfigured: NotConfiguredSignal): QueryClient {
  const onError = (error: unknown) => void reactToBridgeFailure(error, notConfigured, client);
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false, gcTime: 0 },
    },
  });
  return client;
}
