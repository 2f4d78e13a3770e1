import { useQueryClient } from '@tanstack/react-query';
import type { ConnectionTestResult } from '../../../../shared/connection-test.ts';
import type { RotateCredentialsInput } from '../../../../shared/integration.ts';
import { useBridgeFailure } from '../../app/bridge-failure.ts';
import type { AppErrorPayload } from '../../bridge/app-error.ts';
import { useBridge } from '../../bridge/bridge-context.tsx';
import { queryKeys } from '../../bridge/query-keys.ts';
import { useToast } from '../../ui/toasts.tsx';
import { useTranslation } from 'react-i18next';

export type RotateOutcome =
  | { kind: 'tested'; saved: boolean; test: ConnectionTestResult }
  | { kind: 'failed'; error: AppErrorPayload };

/**
 * `integrations:rotate` sent directly, never through React Query (its cache would keep the
 * secret). The list and the activity follow main's `integrations:changed` after the write.
 */
export function useRotateCredentials(
  name: string,
): (input: RotateCredentialsInput) => Promise<RotateOutcome> {
  const { t } = useTranslation();
  const toast = useToast();
  const bridge = useBridge();
  const queryClient = useQueryClient();
  const failed = useBridgeFailure();
  return async (input) => {
    try {
      const reply = await bridge.integrations.rotate(input);
      queryClient.setQueryData(queryKeys.testResult(input.id), reply.test);
      // No "Undo": the old key is not kept anywhere once the new one is stored.
      if (reply.saved) toast({ message: t('feedback.rotated', { name }) });
      return { kind: 'tested', saved: reply.saved, test: reply.test };
    } catch (caught) {
      return { kind: 'failed', error: failed(caught) };
    }
  };
}
