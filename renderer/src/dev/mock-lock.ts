import { AppError } from '../../../shared/errors.ts';
import type { IpcEventName } from '../../../shared/ipc/contract.ts';
import type { LockState, UnlockInput } from '../../../shared/lock.ts';
import { MAX_UNLOCK_TRIES } from '../../../shared/lock.ts';

/*
 * DEVELOPMENT ONLY: the mock main process's auto-lock (see electron/main/lock/lock-service.ts).
 * `?mock=locked` starts locked. Any password unlocks but `wrong-password` (a wrong try) and
 * `slow-password` (Auth's rate limit, no try spent); any code but `000000`.
 */
export function createMockLock(
  scenario: string,
  emit: (event: IpcEventName, payload: unknown) => void,
  signOut: () => unknown,
) {
  let state: LockState = { locked: scenario === 'locked', triesLeft: MAX_UNLOCK_TRIES };
  const set = (next: LockState) => {
    state = next;
    emit('lock:changed', state);
    return state;
  };
  const unlock = (input: UnlockInput): LockState => {
    if (!state.locked) return state;
    if (input.method === 'password' && input.password === 'slow-password') {
      throw new AppError('rate_limited', 'rate_limited', { params: { retryAfterSeconds: 30 } });
    }
    const wrong =
      input.method === 'password' ? input.password === 'wrong-password' : input.code === '000000';
    if (!wrong) return set({ locked: false, triesLeft: MAX_UNLOCK_TRIES });
    const triesLeft = state.triesLeft - 1;
    if (triesLeft === 0) {
      set({ locked: false, triesLeft: MAX_UNLOCK_TRIES });
      signOut();
      throw new AppError('not_authenticated', 'unlock_tries_exhausted');
    }
    set({ locked: true, triesLeft });
    throw input.method === 'password'
      ? new AppError('not_authenticated', 'wrong_credentials', {
          field: 'password',
          params: { triesLeft },
        })
      : new AppError('invalid_input', 'second_factor_code_wrong', {
          field: 'code',
          params: { triesLeft },
        });
  };
  return {
    isLocked: () => state.locked,
    /** Signing out ends the lock, as in main. */
    release: () => {
      if (state.locked) set({ locked: false, triesLeft: MAX_UNLOCK_TRIES });
    },
    handlers: {
      'lock:get-state': () => state,
      'lock:lock': () =>
        state.locked ? state : set({ locked: true, triesLeft: MAX_UNLOCK_TRIES }),
      'lock:unlock': unlock,
    },
  };
}
