import { DEFAULT_TESTS_AT_ONCE, DEFAULT_TESTS_PER_HOST } from '../../../shared/connection-test.ts';
import type { ConnectionTestResult } from '../../../shared/connection-test.ts';
import { AppError } from '../../../shared/errors.ts';
import type {
  Integration,
  ParsedCreateIntegrationInput,
  ParsedRotateCredentialsInput,
} from '../../../shared/integration.ts';
import { AbortRegistry } from './abort-registry.ts';
import { mapWithHostLimits } from './host-limited-map.ts';
import type { HostLimits } from './host-limited-map.ts';
import type { ConnectionTestRunner } from './connection-test-runner.ts';
import { runWithDeadline, settleWithin } from './deadline.ts';
import { codeOf, notRun, notTested, stopped } from './not-run-results.ts';
import { StatusRecorder } from './status-recorder.ts';
import type { StatusChangedEvent } from './status-recorder.ts';
import { TestRateLimit } from './test-rate-limit.ts';
import type { TestRateLimitOptions } from './test-rate-limit.ts';
import type { VaultPort } from './vault-port.ts';
import type { Logger } from '../logging/logger.ts';

export type { StatusChangedEvent } from './status-recorder.ts';

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

interface TestAllRun {
  stopped: boolean;
  /** Integrations whose test this run has started and not yet seen end. */
  running: Set<string>;
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
  readonly #status: StatusRecorder;
  readonly #concurrency: HostLimits;
  readonly #rateLimit: TestRateLimit;
  readonly #log: Pick<Logger, 'warn'>;
  /** Running tests by integration id; a second request for the same id joins the first. */
  readonly #inFlight = new Map<string, Promise<ConnectionTestResult>>();
  readonly #aborts = new AbortRegistry();
  /** The "test all" run in progress, if any: what Stop marks and whose running tests it aborts. */
  #testAllRun: TestAllRun | null = null;

  constructor(options: ConnectionServiceOptions) {
    this.#vault = options.vault;
    this.#runner = options.runner;
    this.#log = options.log ?? { warn: () => undefined };
    this.#status = new StatusRecorder(
      options.vault,
      options.onStatusChanged ?? (() => undefined),
      this.#log,
    );
    this.#concurrency = {
      perHost: options.concurrency?.perHost ?? DEFAULT_TESTS_PER_HOST,
      total: options.concurrency?.total ?? DEFAULT_TESTS_AT_ONCE,
    };
    this.#rateLimit = new TestRateLimit(options.rateLimit);
  }

  /**
   * Tests the stored credentials of one integration and records the outcome: `verifying`, then
   * `connected` or `error` with the reason. A test that ends without a recorded result (cancelled,
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
    const controller = this.#aborts.register(id);
    const promise = this.#testStored(id, controller.signal).finally(() => {
      this.#inFlight.delete(id);
      this.#aborts.release(id, controller);
    });
    this.#inFlight.set(id, promise);
    return promise;
  }

  /** Stops the running test (or rotation check) of `id`. Returns whether one was running. */
  cancel(id: string): boolean {
    return this.#aborts.abort(id);
  }

  /**
   * Cancels every running test and waits (up to CANCEL_ALL_BUDGET_MS) until they have put their
   * rows back. A sign-out awaits this BEFORE it clears the session: afterwards no call could
   * reach the vault, and the rows would stay `verifying`.
   */
  async cancelAll(): Promise<void> {
    this.#aborts.abortAll();
    const running = [...this.#inFlight.values()].map((test) => test.catch(() => undefined));
    if (running.length > 0) await settleWithin(Promise.all(running), CANCEL_ALL_BUDGET_MS);
  }

  /**
   * For a project switch: no more status events from this project (the renderer now shows
   * another one), and its running tests are cancelled and put back while the session still exists.
   */
  dispose(): Promise<void> {
    this.#status.silence();
    return this.cancelAll();
  }

  /**
   * Puts back the rows of `integrations` (a list just loaded from the server) that are `verifying`
   * with no test left to finish them. Never throws; returns whether any row changed.
   */
  restoreAbandoned(integrations: readonly Integration[]): Promise<boolean> {
    return this.#status.restoreAbandoned(integrations, (id) => this.#inFlight.has(id));
  }

  /**
   * Tests every enabled integration, in list order, at most `concurrency.perHost` of one provider
   * host and `concurrency.total` in all at once: a provider that hangs holds back only its own
   * host's tests, so the run takes about as long as its slowest test. Integrations whose last test
   * ran out of time start first, so that wait overlaps the others. Each result's status event
   * carries the run's progress (`done` of `total`).
   */
  async testAll(): Promise<TestOutcome[]> {
    const run: TestAllRun = { stopped: false, running: new Set() };
    this.#testAllRun = run;
    try {
      return await this.#testEach(run);
    } finally {
      if (this.#testAllRun === run) this.#testAllRun = null;
    }
  }

  /**
   * "Stop" for a running "test all": the tests not started yet are not started, the running ones
   * are cancelled like a single test's Cancel (their rows get their previous status back). Their
   * results are `cancelled`, which the renderer shows as neutral, not as a failure. Returns
   * whether a run was going.
   */
  stopTestAll(): boolean {
    const run = this.#testAllRun;
    if (!run || run.stopped) return false;
    run.stopped = true;
    for (const id of run.running) this.#aborts.abort(id);
    return true;
  }

  async #testEach(run: TestAllRun): Promise<TestOutcome[]> {
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
        // Stopped before its turn: nothing was written, nothing to put back.
        if (run.stopped) {
          progress.done += 1;
          return { integrationId: integration.id, result: stopped('cancelled', 'cancelled', 0) };
        }
        this.#status.joinRun(integration.id, progress);
        run.running.add(integration.id);
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
          run.running.delete(integration.id);
          // Counted here too when no final status event was sent (not tested, joined a test).
          if (this.#status.leaveRun(integration.id)) progress.done += 1;
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
    const test = await this.#aborts.run(input.id, (signal) =>
      this.#runner.test(input.type, input.credentials, config, { signal }),
    );
    if (test.errorKind === 'cancelled' || (!test.ok && !input.saveAnyway)) {
      return { integration: current, test, saved: false };
    }
    await this.#vault.rotateCredentials(input.id, input.type, input.credentials, input.config);
    if (current.status !== 'disabled') await this.#status.record(input.id, test);
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
      await this.#status.set(id, 'verifying', null, null);
      // An abort from here on is seen by runWithDeadline, which then reads no credentials.
      result = await this.#runStored(id, signal);
      if (result.errorKind !== 'cancelled') {
        await this.#status.record(id, result);
        recorded = true;
      }
      return result;
    } finally {
      // Whatever kept the result from being written (a cancel, a vault failure, a sign-out or a
      // lost connection before the result write), the row must not stay `verifying`.
      if (!recorded) {
        await this.#status.restore(
          id,
          before.status,
          result?.errorKind === 'cancelled' ? result : null,
        );
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
}
