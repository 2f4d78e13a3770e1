import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ResolvedSettings } from '../../../shared/app-settings.ts';
import type { ConnectionTestResult } from '../../../shared/connection-test.ts';
import type { IpcResponse } from '../../../shared/ipc/contract.ts';
import type { IntegrationStatus } from '../../../shared/providers.ts';
import type { SessionState } from '../../../shared/session.ts';
import { useNotConfiguredSignal } from '../app/not-configured-context.tsx';
import { applyLockState } from '../lock/use-lock.ts';
import { applySettings } from '../settings/use-settings.ts';
import { useBridge } from './bridge-context.tsx';
import { queryKeys } from './query-keys.ts';

type IntegrationList = IpcResponse<'integrations:list'>;

/** Keeps the query cache in step with what main pushes, so screens never poll. */
export function useBridgeEvents(): void {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  const notConfigured = useNotConfiguredSignal();

  useEffect(() => {
    const unsubscribers = [
      bridge.on('settings:changed', (settings) =>
        applySettings(queryClient, notConfigured, settings),
      ),
      bridge.on('session:changed', (state) => {
        // Only a project's services send this, so a project is connected now, unless the settings
        // already say there is none (the old project's services may still report while closing).
        const settings = queryClient.getQueryData<ResolvedSettings>(queryKeys.settings);
        if (settings?.connection !== null) notConfigured.clear();
        const previous = queryClient.getQueryData<SessionState>(queryKeys.session);
        queryClient.setQueryData(queryKeys.session, state);
        if (state.status !== 'signed_in') {
          // Another user may sign in next: drop everything the last one could see.
          queryClient.removeQueries({ queryKey: queryKeys.integrations });
        } else if (
          previous?.status !== 'signed_in' ||
          previous.user?.id !== state.user?.id ||
          (previous.connectivity !== 'online' && state.connectivity === 'online')
        ) {
          void queryClient.invalidateQueries({ queryKey: queryKeys.integrations });
        }
      }),
      // Locked: the whole cache goes (the list leaves the page's memory); unlocked: it reloads.
      bridge.on('lock:changed', (state) => applyLockState(queryClient, state)),
      bridge.on('integrations:changed', (list) => {
        // A list that arrives after a sign-out (a load that was already running) belongs to the
        // user who left; only a signed-in session takes one. Main drops such lists as well.
        const session = queryClient.getQueryData<SessionState>(queryKeys.session);
        if (session?.status !== 'signed_in') return;
        queryClient.setQueryData(queryKeys.list, list);
        void queryClient.invalidateQueries({ queryKey: queryKeys.activity });
      }),
      bridge.on('integrations:status-changed', ({ id, status, result, progress }) => {
        if (progress) queryClient.setQueryData(queryKeys.testAllProgress, progress);
        queryClient.setQueryData<IntegrationList>(queryKeys.list, (old) =>
          old
            ? {
                ...old,
                integrations: old.integrations.map((integration) =>
                  integration.id === id
                    ? {
                        ...integration,
                        status,
                        errorCode: errorCodeAfter(status, result, integration.errorCode),
                      }
                    : integration,
                ),
              }
            : old,
        );
        if (result) queryClient.setQueryData(queryKeys.testResult(id), result);
        // A test that ended wrote its connection_test event; one that started has nothing new.
        if (status !== 'verifying') {
          void queryClient.invalidateQueries({ queryKey: queryKeys.activity });
        }
      }),
    ];
    return () => {
      for (const unsubscribe of unsubscribers) unsubscribe();
    };
  }, [bridge, queryClient, notConfigured]);
}

/**
 * A failed test brings its reason; a cancelled one puts the previous status and reason back, so
 * its own "cancelled" must not replace the real one. (The reason shows only with `error`; the
 * list reloaded after the test brings the stored one.)
 */
function errorCodeAfter(
  status: IntegrationStatus,
  result: ConnectionTestResult | null,
  previous: string | null,
): string | null {
  if (status === 'error' && result && !result.ok && result.errorKind !== 'cancelled') {
    return result.reason;
  }
  return previous;
}
