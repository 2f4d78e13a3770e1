/*
 * The button row of a confirmation dialog: Cancel first (and focused when the dialog opens, so a
 * destructive choice is never the default), then the action, which says it is running and cannot
 * be pressed twice.
 */
import { BusyButton } from './busy-button.tsx';

interface ConfirmActionsProps {
  cancelLabel: string;
  onCancel: () => void;
  confirmLabel: string;
  /** What the action button says while it runs (`pending`). */
  pendingLabel?: string;
  pending?: boolean;
  /** `danger` for what cannot be undone (delete, forget, sign out everywhere). */
  tone: 'primary' | 'danger';
  /** Without it the action submits the dialog's form. */
  onConfirm?: () => void;
  /** Disables the action for a reason of the caller's (the typed name does not match yet). */
  confirmDisabled?: boolean;
  /** Puts the focus on Cancel when the dialog opens (see ui/dialog.tsx, `data-autofocus`). */
  focusCancel?: boolean;
}

export function ConfirmActions({
  cancelLabel,
  onCancel,
  confirmLabel,
  pendingLabel,
  pending = false,
  tone,
  onConfirm,
  confirmDisabled = false,
  focusCancel = false,
}: ConfirmActionsProps) {
  return (
    <div className="dialog-actions">
      <button
        type="button"
        className="button button-ghost"
        data-autofocus={focusCancel ? true : undefined}
        onClick={onCancel}
        disabled={pending}
      >
        {cancelLabel}
      </button>
      <BusyButton
        type={onConfirm ? 'button' : 'submit'}
        className={`button button-${tone}`}
        onClick={onConfirm}
        busy={pending}
        busyLabel={pendingLabel}
        disabled={confirmDisabled}
      >
        {confirmLabel}
      </BusyButton>
    </div>
  );
}
