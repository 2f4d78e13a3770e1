import type { TFunction } from 'i18next';
import type { IntegrationEvent } from '../../../../shared/integration.ts';
import { INTEGRATION_STATUSES } from '../../../../shared/providers.ts';
import type { IntegrationStatus } from '../../../../shared/providers.ts';
import { statusLabelKey } from '../status-label.ts';

/*
 * An audit event's `details` in words. Main writes non-secret facts there (old/new status,
 * fields changed, credentials version, what the credentials were read for); keys the renderer
 * does not know yet are shown as "key: value" rather than dropped.
 */

const pick = (details: Record<string, unknown>, ...keys: string[]) =>
  keys.map((key) => details[key]).find((value) => value !== undefined && value !== null);

function isStatus(value: unknown): value is IntegrationStatus {
  return typeof value === 'string' && (INTEGRATION_STATUSES as readonly string[]).includes(value);
}

const KNOWN_KEYS = new Set([
  'from',
  'to',
  'old_status',
  'new_status',
  'oldStatus',
  'newStatus',
  'status',
  'fields',
  'changed',
  'version',
  'credentials_version',
  'credentialsVersion',
  'purpose',
  'reason',
]);

export function describeEvent(event: IntegrationEvent, t: TFunction): string[] {
  const { details } = event;
  const lines: string[] = [];
  const status = (value: unknown) => (isStatus(value) ? t(statusLabelKey(value)) : String(value));

  const from = pick(details, 'from', 'old_status', 'oldStatus');
  const to = pick(details, 'to', 'new_status', 'newStatus', 'status');
  if (from !== undefined && to !== undefined) {
    lines.push(t('activity.statusChange', { from: status(from), to: status(to) }));
  } else if (to !== undefined) {
    lines.push(t('activity.statusTo', { to: status(to) }));
  }
  const fields = pick(details, 'fields', 'changed');
  if (Array.isArray(fields) && fields.length > 0) {
    lines.push(t('activity.fieldsChanged', { fields: fields.map(String).join(', ') }));
  }
  const version = pick(details, 'version', 'credentials_version', 'credentialsVersion');
  if (typeof version === 'number' || typeof version === 'string') {
    lines.push(t('activity.version', { version: String(version) }));
  }
  const purpose = pick(details, 'purpose', 'reason');
  if (typeof purpose === 'string') lines.push(t('activity.purpose', { purpose }));

  for (const [key, value] of Object.entries(details)) {
    if (KNOWN_KEYS.has(key)) continue;
    if (['string', 'number', 'boolean'].includes(typeof value))
      lines.push(`${key}: ${String(value)}`);
  }
  return lines;
}
