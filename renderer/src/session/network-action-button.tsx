import type { ComponentProps } from 'react';
import { OFFLINE_REASON_ID, useNetwork } from './use-network.ts';

type NetworkActionButtonProps = Omit<ComponentProps<'button'>, 'title' | 'aria-describedby'>;

/**
 * A button whose action needs the server: disabled while offline or showing cached data, with
 * the reason as its tooltip and, for screen readers, pointing at the offline banner's visible
 * explanation. `disabled` adds the button's own conditions; `type` defaults to "button".
 */
export function NetworkActionButton({
  type = 'button',
  disabled = false,
  ...props
}: NetworkActionButtonProps) {
  const network = useNetwork();
  return (
    <button
      type={type}
      {...props}
      disabled={disabled || !network.available}
      title={network.reason}
      aria-describedby={network.available ? undefined : OFFLINE_REASON_ID}
    />
  );
}
