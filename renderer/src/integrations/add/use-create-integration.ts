import { useQueryClient } from '@tanstack/react-query';
import type { ConnectionTestResult } from '../../../../shared/connection-test.ts';
import type { CreateIntegrationInput } from '../../../../shared/integration.ts';
import { useNotConfiguredSignal } from '../../app/not-configured-context.tsx';
import type { AppErrorPayload } from '../../bridge/app-error.ts';
import { toAppError } from '../../bridge/app-error.ts';
import { useBridge } from '../../bridge/bridge-context.tsx';
import { queryKeys } from '../../bridge/query-keys.ts';

export type CreateOutcome =
  | { kind: 'saved'; name: string; test: ConnectionTestResult | null }
  | { kind: 'failed'; error: AppErrorPayload };

/**
 * Sends `integrations:create` directly rather than through useMutation: React Query would keep
 * the request (credentials included) as the mutation's `variables`. The outcome holds only
 * metadata and the test result.
 */
export function useCreateIntegration(): (input: CreateIntegrationInput) => Promise<CreateOutcome> {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  const notConfigured = useNotConfiguredSignal();
  return async (input) => {
    try {
      const reply = await bridge.integrations.create(input);
      if (reply.test)
        queryClient.setQueryData(queryKeys.testResult(reply.integration.id), reply.test);
      return { kind: 'saved', name: reply.integration.name, test: reply.test };
    } catch (caught) {
      const error = toAppError(caught);
      if (error.code === 'not_configured') notConfigured.raise();
      return { kind: 'failed', error };
    } finally {
      void queryClient.invalidateQueries({ queryKey: queryKeys.list });
    }
  };
}
