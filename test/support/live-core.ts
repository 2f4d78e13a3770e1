/**
 * Live sync on a test core, wired as connected-services.ts wires it, plus a record of every list
 * the core pushed (`integrations:changed`) with the time it was pushed, for tests and the bench.
 */
import type { IntegrationList } from '../../electron/main/offline/offline-controller.ts';
import type { FailureNotifier } from '../../electron/main/sync/failure-notifier.ts';
import type { LiveChange } from '../../electron/main/sync/live-changes.ts';
import { LiveSync } from '../../electron/main/sync/live-sync.ts';
import type { Core } from './core-harness.ts';

export interface PushedList {
  at: number;
  list: IntegrationList;
}

export interface LiveCore {
  liveSync: LiveSync;
  pushed: PushedList[];
  changes: LiveChange[];
  /** Resolves with the first pushed list (from index `from` on) that satisfies `check`. */
  waitForList(
    check: (list: IntegrationList) => boolean,
    options?: { from?: number; timeoutMs?: number },
  ): Promise<PushedList>;
  /** Resolves once the live channel has joined (at least `count` times). */
  waitForJoin(count?: number, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
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

export function startLiveSync(
  core: Core,
  options: { backoffMs?: number; notifier?: FailureNotifier } = {},
): LiveCore {
  const pushed: PushedList[] = [];
  const changes: LiveChange[] = [];
  const { notifier } = options;
  const unsubscribe = core.offline.onIntegrationsChanged((list) => {
    notifier?.observeList(list.integrations);
    pushed.push({ at: performance.now(), list });
  });
  const liveSync = new LiveSync({
    session: core.session,
    client: core.session.client,
    list: {
      reload: () => core.offline.listIntegrations(),
      applyLive: (userId, apply) => core.offline.applyLive(userId, apply),
    },
    logger: core.logger,
    onChanges: (batch) => {
      notifier?.observeChanges(batch);
      changes.push(...batch);
    },
    ...(options.backoffMs ? { backoff: { baseMs: options.backoffMs, jitter: 0 } } : {}),
  });
  liveSync.start();
  const joins = () => core.logs.records.filter((record) => record.message === 'Live sync joined');
  return {
    liveSync,
    pushed,
    changes,
    waitForList: (check, { from = 0, timeoutMs = 10_000 } = {}) =>
      until(() => pushed.slice(from).find((p) => check(p.list)), timeoutMs, 'a pushed list'),
    waitForJoin: (count = 1, timeoutMs = 10_000) =>
      until(() => (joins().length >= count ? true : undefined), timeoutMs, 'the join').then(
        () => undefined,
      ),
    async stop() {
      unsubscribe();
      await liveSync.stop();
    },
  };
}
