import type { FormEvent, ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { FormProvider } from 'react-hook-form';
import type { AppErrorPayload } from '../bridge/app-error.ts';
import { BusyButton } from './busy-button.tsx';
import { ErrorMessage } from './error-message.tsx';

interface AccountFormProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  onSubmit: (event: FormEvent) => Promise<void>;
  /** What the form is for, above its fields. */
  intro: ReactNode;
  /** The account call it sends: its error shows, and the button waits while it runs. */
  call: { error: AppErrorPayload | null; pending: boolean };
  submitLabel: string;
  busyLabel: string;
  /** Not to be sent, for a reason of the screen's (offline). */
  disabled?: boolean;
  /** What else shows before the button (another call's error, a note that it worked). */
  notes?: ReactNode;
  /** Buttons beside the submit one, which then stand in a row with it. */
  otherActions?: ReactNode;
  /** The fields. */
  children: ReactNode;
}

/**
 * A form that sends one account call (a reset mail, a new password, a password change): what it
 * is for, its fields, the call's error and a submit button that says it is busy. The three forms
 * had each written this frame out.
 */
export function AccountForm<T extends FieldValues>({
  form,
  onSubmit,
  intro,
  call,
  submitLabel,
  busyLabel,
  disabled = false,
  notes,
  otherActions,
  children,
}: AccountFormProps<T>) {
  const submit = (
    <BusyButton
      type="submit"
      className="button button-primary"
      busy={call.pending}
      busyLabel={busyLabel}
      disabled={disabled}
    >
      {submitLabel}
    </BusyButton>
  );
  return (
    <FormProvider {...form}>
      <form className="stack" onSubmit={(event) => void onSubmit(event)} noValidate>
        <p className="muted">{intro}</p>
        {children}
        {call.error && <ErrorMessage error={call.error} />}
        {notes}
        {otherActions ? (
          <div className="button-row">
            {submit}
            {otherActions}
          </div>
        ) : (
          submit
        )}
      </form>
    </FormProvider>
  );
}
