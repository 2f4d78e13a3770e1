import type { ComponentProps, ReactNode } from 'react';

type BusyButtonProps = ComponentProps<'button'> & {
  /** The button's action is running. */
  busy: boolean;
  /** What it says while busy ("Saving…"); without it, its usual words stay. */
  busyLabel?: ReactNode;
};

/**
 * A button whose action takes a while (a call to main, a mutation): it cannot be pressed again
 * while the action runs, and says so when given `busyLabel`. Screens had written this one
 * condition and label switch out each time. `disabled` adds the caller's own conditions; `type`
 * defaults to "button".
 */
export function BusyButton({
  busy,
  busyLabel,
  disabled = false,
  type = 'button',
  children,
  ...props
}: BusyButtonProps) {
  return (
    <button type={type} {...props} disabled={busy || disabled}>
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}
