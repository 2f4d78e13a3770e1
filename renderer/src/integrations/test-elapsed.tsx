import { useMutationState } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TEST_DEADLINE_MS } from '../../../shared/connection-test.ts';
import { mutationKeys } from '../bridge/query-keys.ts';
import { useNow } from '../ui/use-now.ts';

/** Quick tests stay quiet; a slow one shows how long it has run against the limit. */
export const SHOW_ELAPSED_AFTER_MS = 2_000;

/**
 * "3 s of 15 s" beside a running test of `id`, from 2 s on (issue #14 §4). The start is the test
 * mutation's own submit time, so a test started in the list shows the same count in the detail.
 * The limit is main's default provider deadline (connection-test.ts), which main applies.
 */
export function TestElapsed({ id }: { id: string }) {
  const { t } = useTranslation();
  const now = useNow(500);
  const startedAt = useMutationState({
    filters: { mutationKey: mutationKeys.test(id), status: 'pending' },
    select: (mutation) => mutation.state.submittedAt,
  }).at(-1);
  if (!startedAt) return null;
  const elapsedMs = Math.max(0, now - startedAt);
  if (elapsedMs < SHOW_ELAPSED_AFTER_MS) return null;
  const deadline = Math.round(DEFAULT_TEST_DEADLINE_MS / 1000);
  return (
    <span className="test-elapsed small muted" data-testid="test-elapsed">
      {t('feedback.elapsed', {
        elapsed: Math.min(deadline, Math.floor(elapsedMs / 1000)),
        deadline,
      })}
    </span>
  );
}
