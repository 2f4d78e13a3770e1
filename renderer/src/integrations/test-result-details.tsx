import { useTranslation } from 'react-i18next';
import type { ConnectionTestResult } from '../../../shared/connection-test.ts';
import { CopyButton } from '../ui/copy-button.tsx';
import { formatDuration } from '../ui/format-duration.ts';

/**
 * The structured facts of a failed test (HTTP status, the provider's code, the request id for
 * support): never provider text, which main does not send.
 */
export function TestResultDetails({ result }: { result: ConnectionTestResult }) {
  const { t, i18n } = useTranslation();
  const { params } = result;
  const rows: { label: string; value: string; copy?: boolean }[] = [];
  if (params.httpStatus !== undefined) {
    rows.push({ label: t('testResult.httpStatus'), value: String(params.httpStatus) });
  }
  if (params.networkCode)
    rows.push({ label: t('testResult.networkCode'), value: params.networkCode });
  if (params.field) rows.push({ label: t('testResult.field'), value: params.field });
  if (params.deadlineMs !== undefined) {
    rows.push({
      label: t('testResult.deadline'),
      value: formatDuration(params.deadlineMs, i18n.language),
    });
  }
  if (result.providerCode) {
    rows.push({ label: t('testResult.providerCode'), value: result.providerCode, copy: true });
  }
  if (result.requestId) {
    rows.push({ label: t('testResult.requestId'), value: result.requestId, copy: true });
  }
  return (
    <>
      {params.retryAfterSeconds !== undefined && (
        <p>
          {t('testResult.retryAfter', {
            duration: formatDuration(params.retryAfterSeconds * 1000, i18n.language),
          })}
        </p>
      )}
      {params.appError && <p>{t(`errors.${params.appError}` as const)}</p>}
      {rows.length > 0 && (
        <dl className="identity-list small" aria-label={t('testResult.details')}>
          {rows.map((row) => (
            <div key={row.label}>
              <dt>{row.label}</dt>
              <dd className="mono">
                {row.value}
                {row.copy && <CopyButton value={row.value} label={row.label} />}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}
