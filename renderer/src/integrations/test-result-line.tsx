import { useTranslation } from 'react-i18next';
import type { Integration } from '../../../shared/integration.ts';
import { reasonText } from './test-result-words.ts';
import { useLastTestResult } from './use-integrations.ts';

/**
 * The latest test of this session, in one line (the detail view shows it in full); hidden while
 * the next test runs, and when it only repeats the row's error line.
 */
export function TestResultLine({ integration }: { integration: Integration }) {
  const { t } = useTranslation();
  const last = useLastTestResult(integration.id);
  // Under test ("Verifying"): the previous result would read as this test's. A failure the row
  // already states as its error (same reason) is not said a second time under it.
  const repeatsRowError =
    last !== undefined &&
    !last.ok &&
    integration.status === 'error' &&
    integration.errorCode === last.reason;
  const result = integration.status === 'verifying' || repeatsRowError ? undefined : last;
  return (
    <p className="test-line small" role="status">
      {result &&
        (result.errorKind === 'cancelled' ? (
          // Stopped by the person: neutral, not a failure (issue #14 §3, §4).
          <span className="muted">{reasonText(t, result.reason, integration, result.params)}</span>
        ) : result.ok ? (
          <span className="text-ok">
            ✓ {t('testResult.ok', { ms: Math.round(result.latencyMs) })}
          </span>
        ) : (
          <span className="text-error">
            ✕ {reasonText(t, result.reason, integration, result.params)}
          </span>
        ))}
    </p>
  );
}
