import type { z } from 'zod';
import type { Integration } from '../../../shared/integration.ts';
import type { integrationListSchema } from '../../../shared/ipc/contract.ts';
import type { Connectivity, SessionState } from '../../../shared/session.ts';
import type { Logger } from '../logging/logger.ts';
import type { RefreshOutcome } from '../session/session-core.ts';
import type { BackoffOptions } from './backoff.ts';
import type { Clock } from './clock.ts';
import type { ConnectivityEvent, ProbeResult } from './connectivity-monitor.ts';
import type { IntegrationCache } from './integration-cache.ts';

/* What the offline controller needs from the services around it. */

/** What `integrations:list` answers: from the server, or the cache while offline. */
export type IntegrationList = z.output<typeof integrationListSchema>;

/** The part of `SessionService` the controller drives. */
export interface SessionPort {
  getState(): SessionState;
  onStateChange(listener: (state: SessionState) => void): () => void;
  setConnectivity(connectivity: Connectivity): void;
  setLastSyncedAt(syncedAt: string | null): void;
  refreshNow(): Promise<RefreshOutcome>;
}

/** The part of `ConnectivityMonitor` the controller uses. */
export interface MonitorPort {
  probe(): Promise<ProbeResult>;
  onEvent(listener: (event: ConnectivityEvent) => void): () => void;
}

/**
 * The part of `ConnectionService` the controller uses: puts back rows left `verifying` by tests
 * that will never write their result. Called after every list load from the server, which covers
 * sign-in and reconnect; resolves true when it changed a row, so the list is loaded again.
 */
export interface AbandonedTestsPort {
  restoreAbandoned(integrations: readonly Integration[]): Promise<boolean>;
}

/** Calls the port when there is one; a failure is logged and reads as "nothing changed". */
export async function restoreAbandoned(
  port: AbandonedTestsPort | null,
  integrations: readonly Integration[],
  logger: Pick<Logger, 'warn'>,
): Promise<boolean> {
  if (port === null) return false;
  try {
    return await port.restoreAbandoned(integrations);
  } catch (error) {
    logger.warn('Putting back abandoned tests failed', { error });
    return false;
  }
}

/** What `OfflineController` is built from. */
export interface OfflineControllerOptions {
  session: SessionPort;
  vault: { list(): Promise<Integration[]> };
  cache: IntegrationCache;
  monitor: MonitorPort;
  abandonedTests?: AbandonedTestsPort;
  logger: Logger;
  clock?: Clock;
  random?: () => number;
  backoff?: Partial<BackoffOptions>;
}

/** Calls each listener with the list; one that throws is logged and does not stop the others. */
export function emitList(
  listeners: Iterable<(list: IntegrationList) => void>,
  list: IntegrationList,
  logger: Pick<Logger, 'warn'>,
): void {
  for (const listener of listeners) {
    try {
      listener(list);
    } catch (error) {
      logger.warn('An integrations listener failed', { error });
    }
  }
}
