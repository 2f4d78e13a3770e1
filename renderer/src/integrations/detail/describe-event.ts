import type { TFunction } from 'i18next';
import type { IntegrationEvent } from '../../../../shared/integration.ts';
import { INTEGRATION_STATUSES, PROVIDER_TYPES } from '../../../../shared/providers.ts';
import type { IntegrationStatus, ProviderType } from '../../../../shared/providers.ts';
import { PROVIDER_NAMES } from '../../providers/provider-meta.ts';
import { statusLabelKey } from '../status-label.ts';
import { reasonText } from '../test-result-words.ts';
import { configKeyWord } from '../../activity/config-key-words.ts';
import { CONNECTION_TEST_KEYS, deviceLine } from '../../activity/describe-connection-test.ts';

/*
 * An audit event's `details` in words. The database functions write these flat, non-secret
 * facts (supabase/migrations/*_integration_functions.sql): type, status, old_status/new_status,
 * error_code (error_message for clients without a catalog), credentials_version, changed,
 * old_name/new_name, config_keys, purpose, device; source, renamed_from and type_from for keys
 * moved from the legacy table. Keys this file does not know yet are shown as
 * "key: value" rather than dropped. A connection test's own line (outcome, time, reason) is its
 * headline (activity/describe-connection-test.ts); here it adds only the device and unknown keys.
 */

type Details = IntegrationEvent['details'];
type Value = Details[string];

const KNOWN_KEYS = new Set([
  'type',
  'status',
  'old_status',
  'new_status',
  'error_message',
  'error_code',
  'credentials_version',
  'changed',
  'old_name',
  'new_name',
  'config_keys',
  'reason',
  'purpose',
  'device',
  'renamed_from',
  'type_from',
]);

const isStatus = (value: Value | undefined): value is IntegrationStatus =>
  typeof value === 'string' && (INTEGRATION_STATUSES as readonly string[]).includes(value);
const isProvider = (value: Value | undefined): value is ProviderType =>
  typeof value === 'string' && (PROVIDER_TYPES as readonly string[]).includes(value);
const list = (value: Value | undefined) =>
  Array.isArray(value) && value.length > 0 ? value.map(String) : null;

export function describeEvent(event: IntegrationEvent, t: TFunction): string[] {
  const details: Details = event.details;
  if (event.eventType === 'connection_test') {
    return [deviceLine(event, t), ...unknownKeys(details, CONNECTION_TEST_KEYS)].filter(
      (line): line is string => line !== null,
    );
  }
  const lines: string[] = [];
  const status = (value: Value | undefined) =>
    isStatus(value) ? t(statusLabelKey(value)) : String(value);
  const field = (name: string) =>
    name === 'name' || name === 'config' ? t(`activity.field.${name}`) : name;

  if (isProvider(details.type)) {
    lines.push(t('activity.provider', { provider: PROVIDER_NAMES[details.type] }));
  }
  if (details.old_status != null && details.new_status != null) {
    if (details.old_status !== details.new_status) {
      lines.push(
        t('activity.statusChange', {
          from: status(details.old_status),
          to: status(details.new_status),
        }),
      );
    }
  } else if (details.new_status != null || details.status != null) {
    lines.push(t('activity.statusTo', { to: status(details.new_status ?? details.status) }));
  }
  if (details.reason === 'test_cancelled') lines.push(t('activity.restoredAfterCancel'));
  // A read 'for a test' reaches the page only when no test entry covers it (the activity folds
  // covered ones into their test: migration 20261205900100), so it says that no result came.
  if (details.purpose === 'test') lines.push(t('activity.readForTest'));
  // The code in the user's language; an English message from before codes only when there is no
  // code (rows written by an older version or another client).
  if (typeof details.error_code === 'string') {
    lines.push(reasonText(t, details.error_code, undefined));
  } else if (typeof details.error_message === 'string' && details.new_status === 'error') {
    lines.push(t('testResult.unknownReason'));
  }
  if (typeof details.old_name === 'string' && typeof details.new_name === 'string') {
    lines.push(t('activity.renamed', { from: details.old_name, to: details.new_name }));
  }
  const changed = list(details.changed);
  if (changed) lines.push(t('activity.fieldsChanged', { fields: changed.map(field).join(', ') }));
  const configKeys = list(details.config_keys);
  if (configKeys) {
    lines.push(
      t('activity.settings', { keys: configKeys.map((key) => configKeyWord(t, key)).join(', ') }),
    );
  }
  if (typeof details.credentials_version === 'number') {
    lines.push(t('activity.version', { version: String(details.credentials_version) }));
  }
  // The one-time move from the legacy table (migration 20261126000600_migrate_legacy_credentials).
  if (details.source === 'legacy_plaintext') lines.push(t('activity.movedFromLegacy'));
  if (typeof details.renamed_from === 'string') {
    lines.push(t('activity.legacyName', { name: details.renamed_from }));
  }
  if (typeof details.type_from === 'string') {
    lines.push(t('activity.legacyType', { type: details.type_from }));
  }
  const device = deviceLine(event, t);
  if (device) lines.push(device);
  // Another `source` than the legacy move is a fact this version does not know: shown as it is.
  const known =
    details.source === 'legacy_plaintext' ? new Set([...KNOWN_KEYS, 'source']) : KNOWN_KEYS;
  return [...lines, ...unknownKeys(details, known)];
}

/** Facts a newer version wrote, as "key: value" rather than dropped. */
function unknownKeys(details: Details, known: ReadonlySet<string>): string[] {
  return Object.entries(details)
    .filter(([key, value]) => !known.has(key) && value !== null)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`);
}
