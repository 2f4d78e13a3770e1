import { useTranslation } from 'react-i18next';
import type { ConnectionTestResult } from '../../../shared/connection-test.ts';

/** A connection test in words: what happened, why (by error kind), and who the provider saw. */
export function TestResultView({ result }: { result: ConnectionTestResult }) {
  const { t } = useTranslation();
  const identity = Object.entries(result.identity ?? {});
  return (
    <div className={`test-result ${result.ok ? 'test-ok' : 'test-failed'}`} role="status">
      <p className="test-result-title">
        <span aria-hidden="true">{result.ok ? '✓' : '✕'} </span>
        {result.ok
          ? t('testResult.ok', { ms: Math.round(result.latencyMs) })
          : t('testResult.failed')}
      </p>
      {!result.ok && result.errorKind && <p>{t(`testResult.kind.${result.errorKind}`)}</p>}
      {/* Written by the app core in English; `lang` lets screen readers pronounce it right. */}
      {result.message && (
        <p className="muted" lang="en">
          {result.message}
        </p>
      )}
      {identity.length > 0 && (
        <dl className="identity-list" aria-label={t('testResult.identity')}>
          {identity.map(([key, value]) => (
            <div key={key}>
              <dt>{key}</dt>
              <dd className="mono">{String(value)}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
