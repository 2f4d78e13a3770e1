import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ConnectionSettings, ResolvedSettings } from '../../../shared/app-settings.ts';
import type { SessionState } from '../../../shared/session.ts';
import { useNotConfiguredSignal } from '../app/not-configured-context.tsx';
import type { NotConfiguredSignal } from '../app/not-configured-signal.ts';
import { useBridge } from '../bridge/bridge-context.tsx';
import { queryKeys } from '../bridge/query-keys.ts';

/** Main pushes every change as `settings:changed`, so the cached copy never goes stale. */
export function useSettingsQuery() {
  const bridge = useBridge();
  return useQuery({
    queryKey: queryKeys.settings,
    queryFn: () => bridge.settings.get(),
    staleTime: Infinity,
  });
}

/**
 * How long to wait for main to announce the new project's session before asking for it: main
 * switches projects in the background, and a `session:get-state` sent meanwhile could still
 * reach the old project (or none).
 */
export const PROJECT_SWITCH_GRACE_MS = 8_000;

function sameProject(a: ConnectionSettings | null, b: ConnectionSettings | null): boolean {
  return a?.supabaseUrl === b?.supabaseUrl && a?.supabaseAnonKey === b?.supabaseAnonKey;
}

/**
 * Stores settings main returned or pushed. When they name another project, nothing of the old
 * one may stay on screen: its integrations go, the session shows as restoring until main's
 * `session:changed` for the new project arrives, and every other query reloads.
 */
export function applySettings(
  queryClient: QueryClient,
  notConfigured: NotConfiguredSignal,
  next: ResolvedSettings,
): void {
  const previous = queryClient.getQueryData<ResolvedSettings>(queryKeys.settings);
  queryClient.setQueryData(queryKeys.settings, next);
  if (previous && sameProject(previous.connection, next.connection)) return;

  queryClient.removeQueries({ queryKey: queryKeys.integrations });
  if (!next.connection) {
    notConfigured.raise();
  } else {
    notConfigured.clear();
    const current = queryClient.getQueryData<SessionState>(queryKeys.session);
    queryClient.setQueryData<SessionState>(queryKeys.session, {
      status: 'restoring',
      user: null,
      connectivity: 'connecting',
      secondFactor: 'none',
      lastSyncedAt: null,
      keychain: current?.keychain ?? { available: true, reason: null },
      notice: null,
      flow: null,
    });
    setTimeout(() => {
      const session = queryClient.getQueryData<SessionState>(queryKeys.session);
      if (session?.status === 'restoring')
        void queryClient.invalidateQueries({ queryKey: queryKeys.session });
    }, PROJECT_SWITCH_GRACE_MS);
  }
  void queryClient.invalidateQueries({
    predicate: ({ queryKey }) =>
      queryKey[0] !== queryKeys.settings[0] && queryKey[0] !== queryKeys.session[0],
  });
  if (!next.connection) void queryClient.invalidateQueries({ queryKey: queryKeys.session });
}

export function useApplySettings(): (settings: ResolvedSettings) => void {
  const queryClient = useQueryClient();
  const notConfigured = useNotConfiguredSignal();
  return useCallback(
    (settings) => applySettings(queryClient, notConfigured, settings),
    [queryClient, notConfigured],
  );
}
