/**
 * A test core whose live sync is the one `assembleServices` builds (the app's own wiring), plus a
 * record of every list the core pushed (`integrations:changed`) with the time it was pushed and
 * every batch of live changes, for tests and the bench.
 */
import type { IntegrationList } from '../../electron/main/offline/offline-controller.ts';
import type { LiveChange } from '../../electron/main/sync/live-changes.ts';
import type { Core, CoreOptions } from './core-harness.ts';
import { startCore } from './core-harness.ts';

export interface PushedList {
  at: number;
  list: IntegrationList;
}

export interface LiveCore {
  pushed: PushedList[];
  changes: LiveChange[];
  /** Resolves with the first pushed list (from index `from` on) that satisfies `check`. */
  waitForList(
    check: (list: IntegrationList) => boolean,
    options?: { from?: number; timeoutMs?: number },
  ): Promise<PushedList>;
  /** Resolves once the live channel has joined (at least `count` times). */
  waitForJoin(count?: number, timeoutMs?: number): Promise<void>;
}

async function until<T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * A core built with a short live-sync backoff and the change hook, not started: the caller signs
 * in and calls `core.start()`, which starts the list and live sync as the app does. The core's
 * `dispose()` stops live sync.
 */
export async function startLiveCore(
  options: CoreOptions & { backoffMs?: number },
): Promise<{ core: Core; live: LiveCore }> {
  const pushed: PushedList[] = [];
  const changes: LiveChange[] = [];
  const { backoffMs, ...coreOptions } = options;
  const core = await startCore({
    ...coreOptions,
    ...(backoffMs ? { liveBackoff: { baseMs: backoffMs, jitter: 0 } } : {}),
    onLiveChanges: (batch) => changes.push(...batch),
  });
  core.offline.onIntegrationsChanged((list) => pushed.push({ at: performance.now(), list }));
  const joins = () => core.logs.records.filter((record) => record.message === 'Live sync joined');
  const live: LiveCore = {
    pushed,
    changes,
    waitForList: (check, { from = 0, timeoutMs = 10_000 } = {}) =>
      until(() => pushed.slice(from).find((p) => check(p.list)), timeoutMs, 'a pushed list'),
    waitForJoin: (count = 1, timeoutMs = 10_000) =>
      until(() => (joins().length >= count ? true : undefined), timeoutMs, 'the join').then(
        () => undefined,
      ),
  };
  return { core, live };
}
