import type { IntegrationStatus } from '../../../shared/providers.ts';

/** The message key of each status; the Spanish ones match the product's existing wording. */
export const STATUS_LABEL_KEYS = {
  unverified: 'status.unverified',
  verifying: 'status.verifying',
  connected: 'status.connected',
  error: 'status.error',
  disabled: 'status.disabled',
} as const satisfies Record<IntegrationStatus, `status.${IntegrationStatus}`>;

export function statusLabelKey(status: IntegrationStatus) {
  return STATUS_LABEL_KEYS[status];
}
