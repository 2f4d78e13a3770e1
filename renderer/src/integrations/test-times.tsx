import { useTranslation } from 'react-i18next';
import type { Integration } from '../../../shared/integration.ts';
import { RelativeTime } from '../ui/relative-time.tsx';

type Times = Pick<Integration, 'status' | 'lastVerifiedAt' | 'lastTestPassedAt' | 'lastUsedAt'>;

/**
 * When the key was last tested, last passed a test, and last used, as <dt>/<dd> pairs. A failed
 * last test says so next to its time, and the last passing test is its own line: an Error row never
 * reads as freshly verified. "Last used" counts reads by other clients only (this app's tests read
 * through get_integration_credentials(p_purpose => 'test'), which leaves it alone).
 */
export function TestTimes({
  integration,
  Time = RelativeTime,
}: {
  integration: Times;
  Time?: typeof RelativeTime;
}) {
  const { t } = useTranslation();
  const lastTestFailed =
    integration.lastVerifiedAt !== null &&
    integration.lastVerifiedAt !== integration.lastTestPassedAt;
  return (
    <>
      <div>
        <dt>{t('times.lastTest')}</dt>
        <dd data-testid="last-test">
          <Time iso={integration.lastVerifiedAt} />
          {lastTestFailed && <span className="text-error"> · {t('times.failed')}</span>}
        </dd>
      </div>
      <div>
        <dt>{t('times.lastPassed')}</dt>
        <dd data-testid="last-passed">
          <Time iso={integration.lastTestPassedAt} />
        </dd>
      </div>
      <div>
        <dt>{t('row.lastUsed')}</dt>
        <dd>
          <Time iso={integration.lastUsedAt} />
        </dd>
      </div>
    </>
  );
}
