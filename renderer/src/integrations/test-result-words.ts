import type { TFunction } from 'i18next';
import { isConnectionTestReason } from '../../../shared/connection-test.ts';
import type { ConnectionTestParams } from '../../../shared/connection-test.ts';
import type { Integration } from '../../../shared/integration.ts';
import { PROVIDER_NAMES } from '../providers/provider-meta.ts';

/*
 * Main reports a test as a reason code with parameters; the words are made here, in the user's
 * language. A stored error code from another client that this version does not know reads as a
 * plain "the last test failed" rather than as raw text.
 */

/** The sentence for a reason, with the integration's own facts where the result has none. */
export function reasonText(
  t: TFunction,
  code: string | null | undefined,
  integration: Pick<Integration, 'type' | 'config'> | undefined,
  params: ConnectionTestParams = {},
): string {
  if (!isConnectionTestReason(code)) return t('testResult.unknownReason');
  const wait = params.retryAfterSeconds;
  if (code === 'rate_limited' && wait !== undefined && wait > 0) {
    // Minutes from two on ("90 seconds" reads better than "2 minutes" rounded up).
    return wait < 120
      ? t('testResult.rateLimitedSeconds', { count: wait })
      : t('testResult.rateLimitedMinutes', { count: Math.ceil(wait / 60) });
  }
  const region = params.region ?? integration?.config.region;
  return t(`testResult.reason.${code}`, {
    // An Activity entry has only the code: "the provider" rather than a hole in the sentence.
    host:
      params.host ??
      (integration ? PROVIDER_NAMES[integration.type] : t('testResult.someProvider')),
    // An entry without the region says "its region" rather than leaving a hole.
    region:
      typeof region === 'string' && region
        ? t('testResult.theRegion', { region })
        : t('testResult.someRegion'),
  });
}
