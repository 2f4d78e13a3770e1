import type { ComponentProps } from 'react';
import { BusyButton } from './busy-button.tsx';

type MutationButtonProps = Omit<ComponentProps<typeof BusyButton>, 'busy' | 'onClick'> & {
  /** A React Query mutation that takes no input: run on click, and waited for. */
  mutation: { mutate: () => void; isPending: boolean };
};

/** A button whose click is one mutation (sign out, cancel a test, open the logs folder). */
export function MutationButton({ mutation, ...button }: MutationButtonProps) {
  return <BusyButton {...button} busy={mutation.isPending} onClick={() => mutation.mutate()} />;
}
