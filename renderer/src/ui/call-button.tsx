import type { ComponentProps } from 'react';
import { BusyButton } from './busy-button.tsx';

type CallButtonProps<T> = Omit<ComponentProps<typeof BusyButton>, 'busy' | 'onClick'> & {
  /** The component's call (use-pending-call.ts, use-session-call.ts), waited for while it runs. */
  call: { pending: boolean; run: (action: () => Promise<T>) => Promise<unknown> };
  /** What a click sends through it. */
  action: () => Promise<T>;
};

/** A button whose click is one call to main (cancel a sign-in, continue with a provider, later). */
export function CallButton<T>({ call, action, ...button }: CallButtonProps<T>) {
  return <BusyButton {...button} busy={call.pending} onClick={() => void call.run(action)} />;
}
