import { DEFAULT_TESTS_AT_ONCE, DEFAULT_TESTS_PER_HOST } from '../../../shared/connection-test.ts';
import type {
  ConnectionTestReason,
  ConnectionTestResult,
} from '../../../shared/connection-test.ts';
import { AppError, isAppError } from '../../../shared/errors.ts';
import type {
  Integration,
  ParsedCreateIntegrationInput,
  ParsedRotateCredentialsInput,
} from '../../../shared/integration.ts';
import type { IntegrationStatus } from '../../../shared/providers.ts';
import type { IpcEventPayload } from '../../../shared/ipc/contract.ts';
import { abandonedTestIds } from './abandoned-tests.ts';
import { mapWithHostLimits } from './host-limited-map.ts';
import type { HostLimits } from './host-limited-map.ts';
import type { ConnectionTestRunner } from './connection-test-runner.ts';
import { runWithDeadline } from './deadline.ts';
import { TestRateLimit } from './test-rate-limit.ts';
import type { TestRateLimitOptions } from './test-rate-limit.ts';
import type { VaultPort } from './vault-port.ts';
import type { Logger } from '../logging/logger.ts';

export type StatusChangedEvent = IpcEventPayload<'integrations:status-changed'>;

export interface ConnectionServiceOptions {
  vault: VaultPort;
  runner: ConnectionTestRunner;
  /**
   * Called after every status write or restore, to push `integrations:status-changed` to the
   * renderer; also when a restore could not be written, with the status it will bring.
   */
  onStatusChanged?: (event: StatusChangedEvent) => void;
  /**
   * How many tests "test all" runs at once, per provider host and in all (DEFAULT_TESTS_PER_HOST,
   * 4, and DEFAULT_TESTS_AT_ONCE, 16).
   */
  concurrency?: Partial<HostLimits>;
  /** How many tests of one integration a window allows (10 a minute by default). */
  rateLimit?: TestRateLimitOptions;
  /** Where failures this service recovers from are noted (redacted by the logger). */
  log?: Pick<Logger, 'warn'>;
}

export interface TestOutcome {
  integrationId: string;
  result: ConnectionTestResult;
}

/** Extra time for reading the credentials from the vault, on top of the provider deadline. */
const VAULT_READ_ALLOWANCE_MS = 5_000;
/**
 * How long `cancelAll` waits for cancelled tests to put their rows back (one restore and one read
 * each); a sign-out or project switch goes ahead after that whatever the network does.
 */
const CANCEL_ALL_BUDGET_MS = 5_000;

/**
 * The connectivity flows: test one, test all, cancel, save-and-verify, verified rotation. Credentials
 * are read from the vault inside `useCredentials`, used, and dropped; no method returns them.
 */
export class ConnectionService {
  readonly #vault: VaultPort;
  readonly #runner: ConnectionTestRunner;
  #onStatusChanged: (event: StatusChangedEvent) => void;
  readonly #concurrency: HostLimits;
  readonly #rateLimit: TestRateLimit;
  readonly #log: Pick<Logger, 'warn'>;
  /** Running tests by integration id; a second request for the same id joins the first. */
  readonly #inFlight = new Map<string, Promise<ConnectionTestResult>>();
  readonly #controllers = new Map<string, Set<AbortController>>();
  /**
   * Rows a test of ours left `verifying` because neither its result nor the restore could be
   * written (signed out, offline). Only ids: a status carries no secret, and nothing that does is
   * ever kept for later. `restoreAbandoned` puts them back on the next list load from the server.
   */
  readonly #leftBehind = new Set<string>();
  /** The "test all" run each integration's test belongs to, until its final status event. */
  readonly #testAllRuns = new Map<string, TestAllProgress>();

  constructor(options: ConnectionServiceOptions) {
    this.#vault = options.vault;
    this.#runner = options.runner;
    this.#onStatusChanged = options.onStatusChanged ?? (() => undefined);
    this.#concurrency = {
      perHost: options.concurrency?.perHost ?? DEFAULT_TESTS_PER_HOST,
      total: options.concurrency?.total ?? DEFAULT_TESTS_AT_ONCE,
    };
    this.#rateLimit = new TestRateLimit(options.rateLimit);
    this.#log = options.log ?? { warn: () => undefined };
  }

  /**
   * Tests the stored credentials of one integration and records the outcome: `verifying`, then
   * `connected` or `error` with the message. A test that ends without a recorded result (cancelled,
   * or a vault failure: offline, signed out) puts the previous status back, or leaves that to
   * `restoreAbandoned` when even that cannot be written. A disabled integration is not tested.
   * Vault failures are thrown as `AppError`, and so is a test refused by the rate limit
   * (`rate_limited`, with the seconds to wait).
   */
  test(id: string): Promise<ConnectionTestResult> {
    const running = this.#inFlight.get(id);
    if (running) return running;
    const wait = this.#rateLimit.take(id);
    if (wait > 0) {
      return Promise.reject(
        new AppError('rate_limited', 'too_many_tests', { params: { retryAfterSeconds: wait } }),
      );
    }
    // Registered before the first await, so a Cancel that arrives while the integration is still
    // being read (or `verifying` written) is not lost.
    const controller = this.#register(id);
    const promise = this.#testStored(id, controller.signal).finally(() => {
      this.#inFlight.delete(id);
      this.#unregister(id, controller);
    });
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

  /**
   * Cancels every running test and waits (up to CANCEL_ALL_BUDGET_MS) until they have put their
   * rows back. A sign-out awaits this BEFORE it clears the session: afterwards no call could
   * reach the vault, and the rows would stay `verifying`.
   */
  async cancelAll(): Promise<void> {
    for (const controllers of this.#controllers.values()) {
      for (const controller of controllers) controller.abort();
    }
    const running = [...this.#inFlight.values()].map((test) => test.catch(() => undefined));
    if (running.length > 0) await settleWithin(Promise.all(running), CANCEL_ALL_BUDGET_MS);
  }

  /**
   * For a project switch: no more status events from this project (the renderer now shows
   * another one), and its running tests are cancelled and put back while the session still exists.
   */
  dispose(): Promise<void> {
    this.#onStatusChanged = () => undefined;
    return this.cancelAll();
  }

  /**
   * Puts back the rows of `integrations` (a list just loaded from the server) that are `verifying`
   * with no test left to finish them: see `abandonedTestIds`. Never throws; returns whether any
   * row changed, so the caller can reload the list.
   */
  async restoreAbandoned(integrations: readonly Integration[]): Promise<boolean> {
    const listed = new Map(integrations.map((integration) => [integration.id, integration]));
    for (const id of this.#leftBehind) {
      // Gone, or no longer `verifying` (a later test, another device, a rotation): nothing to do.
      if (listed.get(id)?.status !== 'verifying') this.#leftBehind.delete(id);
    }
    const ids = abandonedTestIds(integrations, {
      isRunning: (id) => this.#inFlight.has(id),
      leftBehind: this.#leftBehind,
      now: Date.now(),
    });
    let restored = false;
    for (const id of ids) {
      if (this.#inFlight.has(id)) continue; // a test started meanwhile and will finish the row
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

  /**
   * Tests every enabled integration, in list order, at most `concurrency.perHost` of one provider
   * host and `concurrency.total` in all at once: a provider that hangs holds back only its own
   * host's tests, so the run takes about as long as its slowest test. Integrations whose last test
   * ran out of time start first, so that wait overlaps the others. Each result's status event
   * carries the run's progress (`done` of `total`).
   */
  async testAll(): Promise<TestOutcome[]> {
    const integrations = (await this.#vault.list()).filter((i) => i.status !== 'disabled');
    const progress = { done: 0, total: integrations.length };
    return mapWithHostLimits(
      integrations,
      (integration) => this.#runner.requestHost(integration.type, integration.config),
      {
        ...this.#concurrency,
        startFirst: (integration) => integration.errorCode === 'deadline_exceeded',
      },
      async (integration) => {
        this.#testAllRuns.set(integration.id, progress);
        try {
          return { integrationId: integration.id, result: await this.test(integration.id) };
        } catch (error) {
          // One integration the vault cannot serve must not sink the others.
          this.#log.warn('Test all: an integration was not tested', {
            id: integration.id,
            code: codeOf(error),
          });
          return { integrationId: integration.id, result: notTested(error) };
        } finally {
          // Counted here too when no final status event was sent (not tested, joined a test).
          if (this.#testAllRuns.delete(integration.id)) progress.done += 1;
        }
      },
    );
  }

  /** "Save and verify": stores, then (with `input.verify`) tests the stored copy. */
  async createAndVerify(
    input: ParsedCreateIntegrationInput,
  ): Promise<{ integration: Integration; test: ConnectionTestResult | null }> {
    const created = await this.#vault.create(input);
    if (!input.verify) return { integration: created, test: null };
    // Stored is stored: from here on the answer says so, whatever happens to the test (the UI
    // would otherwise offer to save it again and hit the duplicate name).
    let test: ConnectionTestResult;
    try {
      test = await this.test(created.id);
    } catch (error) {
      this.#log.warn('Save and verify: stored but not tested', {
        id: created.id,
        code: codeOf(error),
      });
      test = notTested(error);
    }
    let integration = created;
    try {
      integration = await this.#vault.get(created.id);
    } catch (error) {
      // The list reload after the write brings the stored status once the vault answers.
      this.#log.warn('Save and verify: could not read back', { code: codeOf(error) });
    }
    return { integration, test };
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
      throw new AppError('invalid_input', 'wrong_provider', { field: 'type' });
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

  async #testStored(id: string, signal: AbortSignal): Promise<ConnectionTestResult> {
    const before = await this.#vault.get(id);
    if (before.status === 'disabled') {
      return { ...notRun('disabled', 0), errorKind: null };
    }
    // Cancelled while the integration was read: nothing was written, so nothing to put back.
    if (signal.aborted) return stopped('cancelled', 'cancelled', 0);
    let result: ConnectionTestResult | null = null;
    let recorded = false;
    try {
      await this.#setStatus(id, 'verifying', null, null);
      // An abort from here on is seen by runWithDeadline, which then reads no credentials.
      result = await this.#runStored(id, signal);
      if (result.errorKind !== 'cancelled') {
        await this.#recordResult(id, result);
        recorded = true;
      }
      return result;
    } finally {
      // Whatever kept the result from being written (a cancel, a vault failure, a sign-out or a
      // lost connection before the result write), the row must not stay `verifying`.
      if (!recorded) {
        await this.#restore(id, before.status, result?.errorKind === 'cancelled' ? result : null);
      }
    }
  }

  async #runStored(id: string, signal: AbortSignal): Promise<ConnectionTestResult> {
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
      ? stopped('cancelled', 'cancelled', elapsed)
      : stopped('timeout', 'deadline_exceeded', elapsed, { deadlineMs });
  }

  async #withController<T>(id: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = this.#register(id);
    try {
      return await work(controller.signal);
    } finally {
      this.#unregister(id, controller);
    }
  }

  #register(id: string): AbortController {
    const controller = new AbortController();
    const set = this.#controllers.get(id) ?? new Set<AbortController>();
    set.add(controller);
    this.#controllers.set(id, set);
    return controller;
  }

  #unregister(id: string, controller: AbortController): void {
    const set = this.#controllers.get(id);
    set?.delete(controller);
    if (set?.size === 0) this.#controllers.delete(id);
  }

  async #recordResult(id: string, result: ConnectionTestResult): Promise<void> {
    const status = result.ok ? 'connected' : 'error';
    await this.#setStatus(id, status, result.ok ? null : result.reason, result);
    this.#leftBehind.delete(id);
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
  async #restore(
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
    let status = expected;
    try {
      ({ status } = await this.#vault.get(id));
    } catch {
      // Restored, but not readable now: the restore put back what the row had before the test.
    }
    this.#emit({ id, status, result });
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

  async #setStatus(
    id: string,
    status: IntegrationStatus,
    errorCode: ConnectionTestReason | null,
    result: ConnectionTestResult | null,
  ): Promise<void> {
    await this.#vault.setStatus(id, status, errorCode);
    this.#emit({ id, status, result });
  }
}

interface TestAllProgress {
  done: number;
  total: number;
}

function stopped(
  errorKind: 'cancelled' | 'timeout',
  reason: 'cancelled' | 'deadline_exceeded',
  elapsedMs: number,
  params: ConnectionTestResult['params'] = {},
): ConnectionTestResult {
  return { ...notRun(reason, elapsedMs), errorKind, params };
}

/** Resolves when `promise` settles or after `ms`, whichever comes first; never rejects. */
async function settleWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const elapsed = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  try {
    await Promise.race([promise.then(noop, noop), elapsed]);
  } finally {
    clearTimeout(timer);
  }
}

function noop(): void {}

/** A result for a test that did not reach the provider. */
function notRun(reason: ConnectionTestReason, elapsedMs: number): ConnectionTestResult {
  return {
    ok: false,
    latencyMs: Math.round(elapsedMs),
    identity: null,
    errorKind: null,
    reason,
    params: {},
  };
}

/**
 * A result for an integration that could not be tested for an app-side reason (offline, signed
 * out, gone): the app error's own code says which, where the caller has it.
 */
function notTested(error: unknown): ConnectionTestResult {
  return {
    ...notRun('not_tested', 0),
    params: isAppError(error) ? { appError: error.code } : {},
  };
}

/** What a log line may say about a swallowed failure: its app code, never its text. */
function codeOf(error: unknown): string {
  return isAppError(error) ? error.code : 'unexpected';
}
