import { useTranslation } from 'react-i18next';
import type { Integration } from '../../../shared/integration.ts';
import { reasonText } from './test-result-words.ts';
import { useLastTestResult } from './use-integrations.ts';

/** The latest test of this session, in one line (the detail view shows it in full). */
export function TestResultLine({ integration }: { integration: Integration }) {
  const { t } = useTranslation();
  const result = useLastTestResult(integration.id);
  return (
    <p className="test-line small" role="status">
      {result &&
        (result.ok ? (
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
