import type { SessionState } from '../../../shared/session.ts';
import { usePendingCall } from '../ui/use-pending-call.ts';
import { useApplySession } from './use-session.ts';

/**
 * Runs one account call that answers with the session (resend, reset, new password…), stores the
 * state it returns and keeps its error for the screen. Not React Query: some of these carry a
 * password, which its cache would keep.
 */
export function useSessionCall() {
  return usePendingCall<SessionState>(useApplySession());
}
