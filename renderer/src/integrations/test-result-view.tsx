import { useTranslation } from 'react-i18next';
import { IDENTITY_FIELDS } from '../../../shared/connection-test.ts';
import type { ConnectionIdentity, ConnectionTestResult } from '../../../shared/connection-test.ts';
import type { Integration } from '../../../shared/integration.ts';
import { CopyButton } from '../ui/copy-button.tsx';
import { formatDateTime } from '../ui/format-relative-time.ts';
import { TestResultDetails } from './test-result-details.tsx';
import { reasonText } from './test-result-words.ts';

/** Identity values worth copying into another console (ids, not counts or dates). */
const COPYABLE = new Set<keyof ConnectionIdentity>([
  'organization',
  'project',
  'account',
  'arn',
  'userId',
  'tenantId',
  'clientId',
  'clientEmail',
  'projectId',
]);

/** A connection test in words: what happened, why, and who the provider saw. */
export function TestResultView({
  result,
  integration,
}: {
  result: ConnectionTestResult;
  integration?: Pick<Integration, 'type' | 'config'>;
}) {
  const { t, i18n } = useTranslation();
  const identity = IDENTITY_FIELDS.filter((key) => result.identity?.[key] !== undefined);
  const format = (key: keyof ConnectionIdentity, value: string | number): string => {
    if (key === 'expiresAt' && typeof value === 'string')
      return formatDateTime(value, i18n.language);
    if (typeof value === 'number') return new Intl.NumberFormat(i18n.language).format(value);
    return value;
  };
  return (
    <div className={`test-result ${result.ok ? 'test-ok' : 'test-failed'}`} role="status">
      <p className="test-result-title">
        <span aria-hidden="true">{result.ok ? '✓' : '✕'} </span>
        {result.ok
          ? t('testResult.ok', { ms: Math.round(result.latencyMs) })
          : t('testResult.failed')}
      </p>
      {!result.ok && result.errorKind && <p>{t(`testResult.kind.${result.errorKind}`)}</p>}
      <p>{reasonText(t, result.reason, integration, result.params)}</p>
      {!result.ok && <TestResultDetails result={result} />}
      {identity.length > 0 && (
        <dl className="identity-list" aria-label={t('testResult.identity')}>
          {identity.map((key) => {
            const label = t(`testResult.identityLabel.${key}`);
            const value = format(key, result.identity![key]!);
            return (
              <div key={key}>
                <dt>{label}</dt>
                <dd className="mono">
                  {value}
                  {COPYABLE.has(key) && <CopyButton value={value} label={label} />}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
    </div>
  );
}
