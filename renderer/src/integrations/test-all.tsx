import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../bridge/query-keys.ts';
import { toAppError } from '../bridge/app-error.ts';
import { NetworkActionButton } from '../session/network-action-button.tsx';
import { ErrorMessage } from '../ui/error-message.tsx';
import { FailingLinks } from './list/failing-links.tsx';
import { useStopTestAll } from './use-integration-actions.ts';
import type { useTestAll } from './use-integration-actions.ts';

type TestAll = ReturnType<typeof useTestAll>;

interface TestAllProgress {
  done: number;
  total: number;
}

/** Set by the status events of a running "test all"; never fetched. */
function useTestAllProgress(): TestAllProgress | null {
  const { data } = useQuery<TestAllProgress | null>({
    queryKey: queryKeys.testAllProgress,
    queryFn: () => null,
    enabled: false,
    initialData: null,
    staleTime: Infinity,
  });
  return data ?? null;
}

/**
 * While "Test all" runs: how far it is, as a bar (the button says "Testing all… 12 of 32"), and
 * "Stop", which cancels the running tests and starts no more (issue #14 §4).
 */
export function TestAllProgressBar({ testAll }: { testAll: TestAll }) {
  // Mounted per run, so a new run starts with a fresh "Stop".
  return testAll.isPending ? <RunningTestAll /> : null;
}

function RunningTestAll() {
  const { t } = useTranslation();
  const progress = useTestAllProgress();
  const stop = useStopTestAll();
  const stopping = stop.isPending || stop.data?.stopped === true;
  return (
    <div className="test-all-running">
      <progress
        className="test-all-progress"
        aria-label={t('integrations.testingAll')}
        value={progress?.done}
        max={progress?.total}
      />
      <button
        type="button"
        className="button button-ghost"
        aria-label={stopping ? undefined : t('feedback.stopTestAllLabel')}
        onClick={() => stop.mutate()}
        disabled={stopping}
      >
        {stopping ? t('feedback.stoppingTestAll') : t('feedback.stopTestAll')}
      </button>
    </div>
  );
}

export function TestAllButton({ testAll, disabled }: { testAll: TestAll; disabled: boolean }) {
  const { t } = useTranslation();
  const progress = useTestAllProgress();
  const label = !testAll.isPending
    ? t('integrations.testAll')
    : progress
      ? t('integrations.testingAllProgress', { done: progress.done, total: progress.total })
      : t('integrations.testingAll');
  return (
    <NetworkActionButton
      className="button"
      onClick={() => testAll.mutate()}
      disabled={disabled || testAll.isPending}
    >
      {testAll.isPending && <span className="spinner" aria-hidden="true" />}
      {label}
    </NetworkActionButton>
  );
}

/** How many work after "Test all", with a way to the failing ones; each row shows its own result too. */
export function TestAllSummary({
  testAll,
  onShowFailing,
}: {
  testAll: TestAll;
  onShowFailing: () => void;
}) {
  const { t } = useTranslation();
  // Stopped tests are neutral: counted apart, neither working nor failing.
  const stoppedCount =
    testAll.data?.filter((outcome) => outcome.result.errorKind === 'cancelled').length ?? 0;
  const outcomes = testAll.data?.filter((outcome) => outcome.result.errorKind !== 'cancelled');
  const ok = outcomes?.filter((outcome) => outcome.result.ok).length ?? 0;
  const failing = outcomes?.filter((outcome) => !outcome.result.ok) ?? [];
  return (
    <div className="test-all-summary" role="status">
      {stoppedCount > 0 && (
        <p className="notice notice-info">
          {t('feedback.testAllStopped', { count: stoppedCount })}
        </p>
      )}
      {outcomes && outcomes.length > 0 && (
        <div className={ok === outcomes.length ? 'notice notice-success' : 'notice notice-warning'}>
          <p>
            {t('integrations.testAllSummary', {
              count: outcomes.length,
              ok,
              failed: outcomes.length - ok,
            })}
          </p>
          {failing.length > 0 && (
            <FailingLinks
              ids={failing.map((outcome) => outcome.integrationId)}
              onShowAll={onShowFailing}
            />
          )}
        </div>
      )}
      {testAll.error && <ErrorMessage error={toAppError(testAll.error)} />}
    </div>
  );
}
