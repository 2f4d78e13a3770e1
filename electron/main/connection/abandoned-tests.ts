import type { Integration } from '../../../shared/integration.ts';

/**
 * How long a row may stay `verifying` before a device that is not running its test puts it back.
 * One test takes at most its deadline (DEFAULT_TEST_DEADLINE_MS, 15 s) plus the vault read
 * allowance (5 s); the margin covers another device with a longer deadline and a clock that is
 * off by a minute or so (`updatedAt` is the server's clock, `now` ours). A row younger than this
 * may be another device's running test: restoring it would flip that device's row back mid-test.
 */
export const STALE_VERIFYING_MS = 2 * 60_000;

export interface AbandonedTestsInput {
  /** Whether this device is testing `id` right now. */
  isRunning: (id: string) => boolean;
  /** Rows this device left `verifying` (its restore could not be written): put back at once. */
  leftBehind: ReadonlySet<string>;
  /** Our clock, in ms since the epoch. */
  now: number;
  staleAfterMs?: number;
}

/**
 * The ids of rows that are `verifying` although no test will ever write their result: ones this
 * device left behind (signed out or offline before it could put them back), and ones nobody has
 * touched for longer than any test takes (a crash, another device that lost its session).
 */
export function abandonedTestIds(
  integrations: readonly Integration[],
  input: AbandonedTestsInput,
): string[] {
  const staleAfterMs = input.staleAfterMs ?? STALE_VERIFYING_MS;
  return integrations
    .filter((integration) => integration.status === 'verifying')
    .filter((integration) => !input.isRunning(integration.id))
    .filter(
      (integration) =>
        input.leftBehind.has(integration.id) ||
        input.now - Date.parse(integration.updatedAt) > staleAfterMs,
    )
    .map((integration) => integration.id);
}
