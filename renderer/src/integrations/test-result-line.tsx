import { useTranslation } from 'react-i18next';
import { useLastTestResult } from './use-integrations.ts';

/** The latest test of this session, in one line (the detail view shows it in full). */
export function TestResultLine({ id }: { id: string }) {
  const { t } = useTranslation();
  const result = useLastTestResult(id);
  return (
    <p className="test-line small" role="status">
      {result &&
        (result.ok ? (
          <span className="text-ok">
            ✓ {t('testResult.ok', { ms: Math.round(result.latencyMs) })}
          </span>
        ) : (
          <span className="text-error">
            ✕ {result.errorKind ? t(`testResult.kind.${result.errorKind}`) : t('testResult.failed')}
          </span>
        ))}
    </p>
  );
}
