import { useState } from 'react';
import type { AppErrorPayload } from '../bridge/app-error.ts';
import { toAppError } from '../bridge/app-error.ts';

/**
 * One call to main at a time, kept in the component's own state rather than React Query's cache
 * (what some of these carry, a password or a code, must not be kept): whether it is running, its
 * error in words for the screen, and `onResult` for what it answers. Session calls, unlocking and
 * the second-factor steps had each written this state out.
 */
export function usePendingCall<T>(onResult?: (result: T) => void) {
  const [error, setError] = useState<AppErrorPayload | null>(null);
  const [pending, setPending] = useState(false);
  /** Runs `call`; resolves to its error, or null when it went through. */
  const run = async (call: () => Promise<T>): Promise<AppErrorPayload | null> => {
    setError(null);
    setPending(true);
    try {
      const result = await call();
      onResult?.(result);
      return null;
    } catch (caught) {
      const failure = toAppError(caught);
      setError(failure);
      return failure;
    } finally {
      setPending(false);
    }
  };
  return { run, error, pending, clearError: () => setError(null) };
}
