import { useState } from 'react';
import type { SessionState } from '../../../shared/session.ts';
import type { AppErrorPayload } from '../bridge/app-error.ts';
import { toAppError } from '../bridge/app-error.ts';
import { useApplySession } from './use-session.ts';

/**
 * Runs one account call that answers with the session (resend, reset, new password…), stores the
 * state it returns and keeps its error for the screen. Not React Query: some of these carry a
 * password, which its cache would keep.
 */
export function useSessionCall() {
  const applySession = useApplySession();
  const [error, setError] = useState<AppErrorPayload | null>(null);
  const [pending, setPending] = useState(false);
  const run = async (call: () => Promise<SessionState>): Promise<AppErrorPayload | null> => {
    setError(null);
    setPending(true);
    try {
      applySession(await call());
      return null;
    } catch (caught) {
      const failure = toAppError(caught);
      setError(failure);
      return failure;
    } finally {
      setPending(false);
    }
  };
  return { run, error, pending };
}
