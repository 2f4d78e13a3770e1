import { DEFAULT_TEST_CONCURRENCY } from '../../../shared/connection-test.ts';
import type { ConnectionTestResult } from '../../../shared/connection-test.ts';
import { AppError, isAppError } from '../../../shared/errors.ts';
import type {
  Integration,
  ParsedCreateIntegrationInput,
  ParsedRotateCredentialsInput,
} from '../../../shared/integration.ts';
import type { IntegrationStatus } from '../../../shared/providers.ts';
import type { IpcEventPayload } from '../../../shared/ipc/contract.ts';
import { mapWithConcurrency } from './bounded-map.ts';
import type { ConnectionTestRunner } from './connection-test-runner.ts';
import { runWithDeadline } from './deadline.ts';
import type { VaultPort } from './vault-port.ts';

export type StatusChangedEvent = IpcEventPayload<'integrations:status-changed'>;

export interface ConnectionServiceOptions {
  vault: VaultPort;
  runner: ConnectionTestRunner;
  /** Called after every status write, to push `integrations:status-changed` to the renderer. */
  onStatusChanged?: (event: StatusChangedEvent) => void;
  /** How many tests "test all" runs at once (DEFAULT_TEST_CONCURRENCY, 4). */
  concurrency?: number;
}

export interface TestOutcome {
  integrationId: string;
  result: ConnectionTestResult;
}

/** Extra time for reading the credentials from the vault, on top of the provider deadline. */
const VAULT_READ_ALLOWANCE_MS = 5_000;

/**
 * The connectivity flows: test one, test all, cancel, save-and-verify, verified rotation. Credentials
 * are read from the vault inside `useCredentials`, used, and dropped; no method returns them.
 */
export class ConnectionService {
  readonly #vault: VaultPort;
  readonly #runner: ConnectionTestRunner;
  readonly #onStatusChanged: (event: StatusChangedEvent) => void;
  readonly #concurrency: number;
  /** Running tests by integration id; a second request for the same id joins the first. */
  readonly #inFlight = new Map<string, Promise<ConnectionTestResult>>();
  readonly #controllers = new Map<string, Set<AbortController>>();

  constructor(options: ConnectionServiceOptions) {
    this.#vault = options.vault;
    this.#runner = options.runner;
    this.#onStatusChanged = options.onStatusChanged ?? (() => undefined);
    this.#concurrency = options.concurrency ?? DEFAULT_TEST_CONCURRENCY;
  }

  /**
   * Tests the stored credentials of one integration and records the outcome: `verifying`, then
   * `connected` or `error` with the message. A cancelled test puts the previous status back. A
   * disabled integration is not tested. Vault failures are thrown as `AppError`.
   */
  test(id: string): Promise<ConnectionTestResult> {
    const running = this.#inFlight.get(id);
    if (running) return running;
    const promise = this.#testStored(id).finally(() => this.#inFlight.delete(id));
    this.#inFlight.set(id, promise);
    return promise;
  }

  /** Stops the running test (or rotation check) of `id`. Returns whether one was running. */
  cancel(id: string): boolean {
    const controllers = this.#controllers.get(id);
    if (!controllers || controllers.size === 0) return false;
    for (const controller of controllers) controller.abort();
    return true;
  }

  /** Tests every enabled integration, `concurrency` at a time, in list order. */
  async testAll(): Promise<TestOutcome[]> {
    const integrations = (await this.#vault.list()).filter((i) => i.status !== 'disabled');
    return mapWithConcurrency(integrations, this.#concurrency, async (integration) => {
      try {
        return { integrationId: integration.id, result: await this.test(integration.id) };
      } catch (error) {
        // One integration the vault cannot serve must not sink the others.
        return { integrationId: integration.id, result: notTested(error) };
      }
    });
  }

  /** "Save and verify": stores, then (with `input.verify`) tests the stored copy. */
  async createAndVerify(
    input: ParsedCreateIntegrationInput,
  ): Promise<{ integration: Integration; test: ConnectionTestResult | null }> {
    const created = await this.#vault.create(input);
    if (!input.verify) return { integration: created, test: null };
    const test = await this.test(created.id);
    return { integration: await this.#vault.get(created.id), test };
  }

  /**
   * Tests the NEW credentials before storing them. They replace the old ones only when the test
   * passes, or when `saveAnyway` is set; a cancelled test never saves.
   */
  async rotate(
    input: ParsedRotateCredentialsInput,
  ): Promise<{ integration: Integration; test: ConnectionTestResult; saved: boolean }> {
    const current = await this.#vault.get(input.id);
    if (current.type !== input.type) {
      throw new AppError('invalid_input', 'These credentials are for a different provider.', {
        field: 'type',
      });
    }
    // New settings that come with the new key (e.g. another base URL) are tested with it.
    const config = input.config ?? current.config;
    const test = await this.#withController(input.id, (signal) =>
      this.#runner.test(input.type, input.credentials, config, { signal }),
    );
    if (test.errorKind === 'cancelled' || (!test.ok && !input.saveAnyway)) {
      return { integration: current, test, saved: false };
    }
    await this.#vault.rotateCredentials(input.id, input.type, input.credentials, input.config);
    if (current.status !== 'disabled') await this.#recordResult(input.id, test);
    return { integration: await this.#vault.get(input.id), test, saved: true };
  }

  async #testStored(id: string): Promise<ConnectionTestResult> {
    const integration = await this.#vault.get(id);
    if (integration.status === 'disabled') {
      return {
        ok: false,
        latencyMs: 0,
        identity: null,
        errorKind: null,
        message: 'This integration is disabled, so it was not tested. Enable it to test it.',
      };
    }
    await this.#setStatus(id, 'verifying', null, null);
    let result: ConnectionTestResult;
    try {
      result = await this.#withController(id, async (signal) => {
        const started = performance.now();
        const deadlineMs = this.#runner.deadlineMs;
        // The provider deadline is enforced by the runner; this bounds a vault read that hangs.
        const run = await runWithDeadline(
          (innerSignal) =>
            this.#vault.useCredentials(id, (stored, credentials) =>
              this.#runner.testStored(stored.type, credentials, stored.config, {
                signal: AbortSignal.any([signal, innerSignal]),
                deadlineMs,
              }),
            ),
          { deadlineMs: deadlineMs + VAULT_READ_ALLOWANCE_MS, signal },
        );
        if (run.status === 'done') return run.value;
        const elapsed = performance.now() - started;
        return run.status === 'cancelled'
          ? stopped('cancelled', 'The test was cancelled.', elapsed)
          : stopped('timeout', 'The test did not finish in time.', elapsed);
      });
    } catch (error) {
      await this.#restore(id);
      throw error;
    }
    if (result.errorKind === 'cancelled') {
      await this.#restore(id, result);
      return result;
    }
    await this.#recordResult(id, result);
    return result;
  }

  async #withController<T>(id: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const set = this.#controllers.get(id) ?? new Set<AbortController>();
    set.add(controller);
    this.#controllers.set(id, set);
    try {
      return await work(controller.signal);
    } finally {
      set.delete(controller);
      if (set.size === 0) this.#controllers.delete(id);
    }
  }

  async #recordResult(id: string, result: ConnectionTestResult): Promise<void> {
    const status = result.ok ? 'connected' : 'error';
    await this.#setStatus(id, status, result.ok ? null : result.message, result);
  }

  /**
   * Puts back the status a test replaced, through restore_integration_status rather than a status
   * write: nothing was verified, so `last_verified_at` must not move and the audit trail records a
   * restore, not a result. The database knows the status from before `verifying` (and leaves a
   * newer result alone), so the restored status is read back for the renderer. Never hides the
   * original error.
   */
  async #restore(id: string, result: ConnectionTestResult | null = null): Promise<void> {
    try {
      await this.#vault.restoreStatus(id);
      const { status } = await this.#vault.get(id);
      this.#onStatusChanged({ id, status, result });
    } catch {
      // Best effort: the caller already has the outcome (or the original error) to report.
    }
  }

  async #setStatus(
    id: string,
    status: IntegrationStatus,
    errorMessage: string | null,
    result: ConnectionTestResult | null,
  ): Promise<void> {
    await this.#vault.setStatus(id, status, errorMessage);
    this.#onStatusChanged({ id, status, result });
  }
}

function stopped(
  errorKind: 'cancelled' | 'timeout',
  message: string,
  elapsedMs: number,
): ConnectionTestResult {
  return { ok: false, latencyMs: Math.round(elapsedMs), identity: null, errorKind, message };
}

/** A result for an integration that could not be tested for an app-side reason. */
function notTested(error: unknown): ConnectionTestResult {
  return {
    ok: false,
    latencyMs: 0,
    identity: null,
    errorKind: null,
    message: isAppError(error)
      ? `Not tested: ${error.message}`
      : 'Not tested: the integration could not be read.',
  };
}
