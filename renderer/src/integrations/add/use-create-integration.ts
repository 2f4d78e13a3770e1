import { useQueryClient } from '@tanstack/react-query';
import type { ConnectionTestResult } from '../../../../shared/connection-test.ts';
import type { CreateIntegrationInput } from '../../../../shared/integration.ts';
import { useBridgeFailure } from '../../app/bridge-failure.ts';
import type { AppErrorPayload } from '../../bridge/app-error.ts';
import { useBridge } from '../../bridge/bridge-context.tsx';
import { queryKeys } from '../../bridge/query-keys.ts';

export type CreateOutcome =
  | { kind: 'saved'; name: string; test: ConnectionTestResult | null }
  | { kind: 'failed'; error: AppErrorPayload };

/**
 * Sends `integrations:create` directly rather than through useMutation: React Query would keep
 * the request (credentials included) as the mutation's `variables`. The outcome holds only
 * metadata and the test result. The list is not reloaded here: main pushes
 * `integrations:changed` after the write (use-bridge-events.ts follows it).
 */
export function useCreateIntegration(): (input: CreateIntegrationInput) => Promise<CreateOutcome> {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  const failed = useBridgeFailure();
  return async (input) => {
    try {
      const reply = await bridge.integrations.create(input);
      if (reply.test)
        queryClient.setQueryData(queryKeys.testResult(reply.integration.id), reply.test);
      return { kind: 'saved', name: reply.integration.name, test: reply.test };
    } catch (caught) {
      return { kind: 'failed', error: failed(caught) };
    }
  };
}
