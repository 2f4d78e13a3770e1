import type { ConnectionTestResult } from '../../../shared/connection-test.ts';
import type { Logger } from '../logging/logger.ts';
import type { ConnectionTestRunner } from './connection-test-runner.ts';
import { mapWithHostLimits } from './host-limited-map.ts';
import type { HostLimits } from './host-limited-map.ts';
import { codeOf, notTested, stopped } from './not-run-results.ts';
import type { StatusRecorder } from './status-recorder.ts';
import type { VaultPort } from './vault-port.ts';

/*
 * "Test all" (ConnectionService.testAll): every enabled integration tested through the single
 * test path, within per-host and overall limits, with progress on each status event and a Stop.
 */

export interface TestOutcome {
  integrationId: string;
  result: ConnectionTestResult;
}

export interface TestAllDeps {
  vault: Pick<VaultPort, 'list'>;
  runner: Pick<ConnectionTestRunner, 'requestHost'>;
  status: StatusRecorder;
  concurrency: HostLimits;
  log: Pick<Logger, 'warn'>;
  /** One integration's test (ConnectionService.test: joins a running one, rate-limited). */
  test(id: string): Promise<ConnectionTestResult>;
  /** Cancels the running test of `id`, like its Cancel button. */
  abort(id: string): void;
}

interface TestAllRun {
  stopped: boolean;
  /** Integrations whose test this run has started and not yet seen end. */
  running: Set<string>;
}

export class TestAll {
  readonly #deps: TestAllDeps;
  /** The run in progress, if any: what Stop marks and whose running tests it aborts. */
  #run: TestAllRun | null = null;

  constructor(deps: TestAllDeps) {
    this.#deps = deps;
  }

  async run(): Promise<TestOutcome[]> {
    const run: TestAllRun = { stopped: false, running: new Set() };
    this.#run = run;
    try {
      return await this.#testEach(run);
    } finally {
      if (this.#run === run) this.#run = null;
    }
  }

  /** Marks the run stopped and cancels its running tests; whether a run was going. */
  stop(): boolean {
    const run = this.#run;
    if (!run || run.stopped) return false;
    run.stopped = true;
    for (const id of run.running) this.#deps.abort(id);
    return true;
  }

  async #testEach(run: TestAllRun): Promise<TestOutcome[]> {
    const integrations = (await this.#deps.vault.list()).filter((i) => i.status !== 'disabled');
    const progress = { done: 0, total: integrations.length };
    return mapWithHostLimits(
      integrations,
      (integration) => this.#deps.runner.requestHost(integration.type, integration.config),
      {
        ...this.#deps.concurrency,
        startFirst: (integration) => integration.errorCode === 'deadline_exceeded',
      },
      async (integration) => {
        // Stopped before its turn: nothing was written, nothing to put back.
        if (run.stopped) {
          progress.done += 1;
          return { integrationId: integration.id, result: stopped('cancelled', 'cancelled', 0) };
        }
        this.#deps.status.joinRun(integration.id, progress);
        run.running.add(integration.id);
        try {
          return { integrationId: integration.id, result: await this.#deps.test(integration.id) };
        } catch (error) {
          // One integration the vault cannot serve must not sink the others.
          this.#deps.log.warn('Test all: an integration was not tested', {
            id: integration.id,
            code: codeOf(error),
          });
          return { integrationId: integration.id, result: notTested(error) };
        } finally {
          run.running.delete(integration.id);
          // Counted here too when no final status event was sent (not tested, joined a test).
          if (this.#deps.status.leaveRun(integration.id)) progress.done += 1;
        }
      },
    );
  }
}
