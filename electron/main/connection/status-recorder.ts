import type {
  ConnectionTestReason,
  ConnectionTestResult,
} from '../../../shared/connection-test.ts';
import type { Integration } from '../../../shared/integration.ts';
import type { IntegrationStatus } from '../../../shared/providers.ts';
import type { IpcEventPayload } from '../../../shared/ipc/contract.ts';
import type { Logger } from '../logging/logger.ts';
import { abandonedTestIds } from './abandoned-tests.ts';
import { codeOf } from './not-run-results.ts';
import type { VaultPort } from './vault-port.ts';

export type StatusChangedEvent = IpcEventPayload<'integrations:status-changed'>;

export interface TestAllProgress {
  done: number;
  total: number;
}

/*
 * Writes what tests do to a row's status, and tells the renderer: `verifying`, the result, or the
 * status put back when a test ends without one. It remembers the rows it could not put back
 * (offline, signed out) and which "test all" run each test belongs to, for the progress count.
 */
export class StatusRecorder {
  readonly #vault: VaultPort;
  readonly #log: Pick<Logger, 'warn'>;
  #onStatusChanged: (event: StatusChangedEvent) => void;
  /**
   * Rows a test of ours left `verifying` because neither its result nor the restore could be
   * written (signed out, offline). Only ids: a status carries no secret, and nothing that does is
   * ever kept for later. `restoreAbandoned` puts them back on the next list load from the server.
   */
  readonly #leftBehind = new Set<string>();
  /** The "test all" run each integration's test belongs to, until its final status event. */
  readonly #testAllRuns = new Map<string, TestAllProgress>();

  constructor(
    vault: VaultPort,
    onStatusChanged: (event: StatusChangedEvent) => void,
    log: Pick<Logger, 'warn'>,
  ) {
    this.#vault = vault;
    this.#onStatusChanged = onStatusChanged;
    this.#log = log;
  }

  /** No more events (a project switch: the renderer now shows another project). */
  silence(): void {
    this.#onStatusChanged = () => undefined;
  }

  /** Counts `id`'s final status event in `run`. */
  joinRun(id: string, run: TestAllProgress): void {
    this.#testAllRuns.set(id, run);
  }

  /** Ends `id`'s part in its run; true when no final status event counted it. */
  leaveRun(id: string): boolean {
    return this.#testAllRuns.delete(id);
  }

  async set(
    id: string,
    status: IntegrationStatus,
    errorCode: ConnectionTestReason | null,
    result: ConnectionTestResult | null,
  ): Promise<void> {
    await this.#vault.setStatus(id, status, errorCode);
    this.#emit({ id, status, result });
  }

  /**
   * Writes a test's result, then its one activity entry, then tells the renderer (whose Activity
   * page reloads on that event, so the entry must already be there).
   */
  async record(id: string, result: ConnectionTestResult): Promise<void> {
    const status = result.ok ? 'connected' : 'error';
    await this.#vault.setStatus(id, status, result.ok ? null : result.reason);
    this.#leftBehind.delete(id);
    await this.#recordActivity(id, result);
    this.#emit({ id, status, result });
  }

  /**
   * The test's entry in the activity (record_connection_test). Never throws: the status is what
   * the person acts on, and a missing entry must not turn a passed test into a failure.
   */
  async #recordActivity(id: string, result: ConnectionTestResult): Promise<void> {
    const outcome = result.ok
      ? 'passed'
      : result.errorKind === 'cancelled'
        ? 'cancelled'
        : 'failed';
    try {
      await this.#vault.recordTest(id, {
        outcome,
        latencyMs: Math.min(Math.max(0, Math.round(result.latencyMs)), 3_600_000),
        errorCode: outcome === 'failed' ? result.reason : null,
      });
    } catch (error) {
      this.#log.warn('Could not record the test in the activity', { id, code: codeOf(error) });
    }
  }

  /**
   * Puts back the status a test replaced, through restore_integration_status rather than a status
   * write: nothing was verified, so `last_verified_at` must not move and the audit trail records a
   * restore, not a result. The database knows the status from before `verifying` (and leaves a
   * newer result alone), so the restored status is read back for the renderer. When the restore
   * cannot be written (offline, signed out) the row is remembered for `restoreAbandoned`, and the
   * renderer is told the status the restore will bring (`expected`, read before the test) rather
   * than being left on `verifying`. Never throws: the caller has the outcome (or the original
   * error) to report.
   */
  async restore(
    id: string,
    expected: IntegrationStatus,
    result: ConnectionTestResult | null,
  ): Promise<void> {
    try {
      await this.#vault.restoreStatus(id);
    } catch (error) {
      this.#log.warn('Could not restore the status after a test', { id, code: codeOf(error) });
      this.#leftBehind.add(id);
      this.#emit({ id, status: expected, result });
      return;
    }
    this.#leftBehind.delete(id);
    // A test the person stopped is in the activity too, as neither passed nor failed.
    if (result?.errorKind === 'cancelled') await this.#recordActivity(id, result);
    let status = expected;
    try {
      ({ status } = await this.#vault.get(id));
    } catch {
      // Restored, but not readable now: the restore put back what the row had before the test.
    }
    this.#emit({ id, status, result });
  }

  /**
   * Puts back the rows of `integrations` (a list just loaded from the server) that are `verifying`
   * with no test left to finish them: see `abandonedTestIds`. Never throws; returns whether any
   * row changed, so the caller can reload the list.
   */
  async restoreAbandoned(
    integrations: readonly Integration[],
    isRunning: (id: string) => boolean,
  ): Promise<boolean> {
    const listed = new Map(integrations.map((integration) => [integration.id, integration]));
    for (const id of this.#leftBehind) {
      // Gone, or no longer `verifying` (a later test, another device, a rotation): nothing to do.
      if (listed.get(id)?.status !== 'verifying') this.#leftBehind.delete(id);
    }
    const ids = abandonedTestIds(integrations, {
      isRunning,
      leftBehind: this.#leftBehind,
      now: Date.now(),
    });
    let restored = false;
    for (const id of ids) {
      if (isRunning(id)) continue; // a test started meanwhile and will finish the row
      try {
        // A no-op in the database unless the row is still `verifying`.
        await this.#vault.restoreStatus(id);
        this.#leftBehind.delete(id);
        restored = true;
      } catch (error) {
        // Still offline or signed out: the next load tries again.
        this.#log.warn('Could not restore an abandoned test', { id, code: codeOf(error) });
      }
    }
    return restored;
  }

  /** Sends a status event; a test's final one within "test all" also says how far the run is. */
  #emit(event: StatusChangedEvent): void {
    const run = event.status === 'verifying' ? undefined : this.#testAllRuns.get(event.id);
    if (!run) {
      this.#onStatusChanged(event);
      return;
    }
    this.#testAllRuns.delete(event.id);
    run.done += 1;
    this.#onStatusChanged({ ...event, progress: { done: run.done, total: run.total } });
  }
}
