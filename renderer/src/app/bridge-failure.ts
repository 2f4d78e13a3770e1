import type { QueryClient } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import type { AppErrorPayload } from '../bridge/app-error.ts';
import { toAppError } from '../bridge/app-error.ts';
import { queryKeys } from '../bridge/query-keys.ts';
import { useNotConfiguredSignal } from './not-configured-context.tsx';
import type { NotConfiguredSignal } from './not-configured-signal.ts';

/**
 * The one place that reacts to the failures every bridge call can have: `not_configured` shows
 * the project settings, `not_authenticated` re-reads the session (main signed the user out).
 * React Query's caches call it for queries and mutations; calls sent directly (those carrying a
 * credential) call it through useBridgeFailure(). Returns the decoded error for the caller.
 */
export function reactToBridgeFailure(
  error: unknown,
  notConfigured: NotConfiguredSignal,
  queryClient: QueryClient,
): AppErrorPayload {
  const failure = toAppError(error);
  if (failure.code === 'not_configured') notConfigured.raise(failure.reason);
  if (failure.code === 'not_authenticated')
    void queryClient.invalidateQueries({ queryKey: queryKeys.session });
  // Main locked before its `lock:changed` arrived (or the page missed it): ask again.
  if (failure.reason === 'app_locked')
    void queryClient.invalidateQueries({ queryKey: queryKeys.lock });
  return failure;
}

export function useBridgeFailure(): (error: unknown) => AppErrorPayload {
  const notConfigured = useNotConfiguredSignal();
  const queryClient = useQueryClient();
  return (error) => reactToBridgeFailure(error, notConfigured, queryClient);
}
