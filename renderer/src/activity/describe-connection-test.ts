import type { TFunction } from 'i18next';
import type { ConnectionTestOutcome } from '../../../shared/activity.ts';
import { CONNECTION_TEST_OUTCOMES } from '../../../shared/activity.ts';
import type { IntegrationEvent } from '../../../shared/integration.ts';
import { reasonText } from '../integrations/test-result-words.ts';
import { formatDuration } from '../ui/format-duration.ts';

/*
 * A connection test is ONE audit event (`connection_test`, issue #14 §5) and one line:
 * "Prueba de conexión: correcta, 312 ms", "… fallida — <the reason in words>", "… cancelada".
 * Its details, as main writes them (shared/activity.ts): outcome, latency_ms, error_code, device.
 */

/** Detail keys this line (and the device line) says; describeEvent shows the rest. */
export const CONNECTION_TEST_KEYS = new Set(['outcome', 'latency_ms', 'error_code', 'device']);

const isOutcome = (value: unknown): value is ConnectionTestOutcome =>
  typeof value === 'string' && (CONNECTION_TEST_OUTCOMES as readonly string[]).includes(value);

export function connectionTestLine(event: IntegrationEvent, t: TFunction, locale: string): string {
  const { outcome, latency_ms: latency, error_code: code } = event.details;
  // An outcome this version does not know reads as the kind alone, never as a raw code.
  if (!isOutcome(outcome)) return t('activity.type.connection_test');
  if (outcome === 'passed') {
    return typeof latency === 'number'
      ? t('activity.test.passed', { latency: formatDuration(latency, locale) })
      : t('activity.test.passed', { latency: '' }).replace(/,\s*$/, '');
  }
  if (outcome === 'failed') {
    return t('activity.test.failed', {
      reason: reasonText(t, typeof code === 'string' ? code : null, undefined),
    });
  }
  return t('activity.test.cancelled');
}

/** "Desde <device>": which of the user's devices did it, when main wrote its name. */
export function deviceLine(event: IntegrationEvent, t: TFunction): string | null {
  const device = event.details.device;
  return typeof device === 'string' && device.trim() ? t('activity.device', { device }) : null;
}

/**
 * The headline in two parts, for the page to set the reason of a failure apart from the bold
 * lead (a long reason would otherwise wrap into two bold lines): `rest` is null but for a failure.
 */
export function headlineParts(
  event: IntegrationEvent,
  t: TFunction,
  locale: string,
): { lead: string; rest: string | null } {
  const { outcome, error_code: code } = event.details;
  if (event.eventType === 'connection_test' && outcome === 'failed') {
    return {
      lead: t('activity.test.failedLead'),
      rest: reasonText(t, typeof code === 'string' ? code : null, undefined),
    };
  }
  return { lead: eventHeadline(event, t, locale), rest: null };
}

/** The entry's headline: the test's one line, or the kind of event in words. */
export function eventHeadline(event: IntegrationEvent, t: TFunction, locale: string): string {
  return event.eventType === 'connection_test'
    ? connectionTestLine(event, t, locale)
    : t(`activity.type.${event.eventType}`);
}
