import type { ComponentProps } from 'react';
import { toAppError } from '../bridge/app-error.ts';
import { ConfirmActions } from './confirm-actions.tsx';
import { ErrorMessage } from './error-message.tsx';

type MutationConfirmProps = Omit<ComponentProps<typeof ConfirmActions>, 'pending'> & {
  /** The confirmed action (a React Query mutation): its error, and whether it runs. */
  mutation: { error: unknown; isPending: boolean };
};

/**
 * The end of a confirmation dialog whose action is one mutation (delete an integration, forget
 * the project): why it failed, in words, then Cancel and the action, which waits while it runs.
 */
export function MutationConfirm({ mutation, ...actions }: MutationConfirmProps) {
  return (
    <>
      {mutation.error ? <ErrorMessage error={toAppError(mutation.error)} /> : null}
      <ConfirmActions pending={mutation.isPending} {...actions} />
    </>
  );
}
