import {
  DEFAULT_TEST_DEADLINE_MS,
  connectionIdentitySchema,
  connectionTestParamsSchema,
  providerTokenSchema,
} from '../../../shared/connection-test.ts';
import type { ConnectionTestResult } from '../../../shared/connection-test.ts';
import { credentialsSchemaByProvider } from '../../../shared/credentials.ts';
import { configSchemaByProvider } from '../../../shared/integration-config.ts';
import type { ProviderType } from '../../../shared/providers.ts';
import { parseStoredCredentials } from '../../../shared/stored-credentials.ts';
import { runWithDeadline } from './deadline.ts';
import { createTesters } from './providers/registry.ts';
import type { Logger } from '../logging/logger.ts';
import { originBoundFetch } from './origin-bound-fetch.ts';
import { overlapsAny, sentValuesOf } from './overlap.ts';
import { secretValuesOf } from './secret-fields.ts';
import type { ProviderEndpoints, TesterOutcome, TesterRegistry } from './tester-types.ts';
import { failure } from './tester-types.ts';

export interface ConnectionTestRunnerOptions {
  /** Test seam for the stand-ins; leave undefined in the app. */
  endpoints?: ProviderEndpoints;
  /** Replaces provider testers (tests). */
  testers?: Partial<TesterRegistry>;
  /** Default deadline per test (DEFAULT_TEST_DEADLINE_MS, 15 s). */
  deadlineMs?: number;
  /** The fetch under the SDKs that take one (the global fetch by default). */
  fetch?: typeof fetch;
  /** Where a tester's own failure is noted (its name only: an error's text can hold anything). */
  log?: Pick<Logger, 'warn'>;
}

export interface RunOptions {
  /** The user's cancel signal. */
  signal?: AbortSignal;
  deadlineMs?: number;
}

/**
 * A last check on what the provider confirmed: an identity value holding an 8-character run of a
 * secret is dropped whole (never partly redacted: which part was hidden would tell where the
 * secret matched).
 */
const IDENTITY_GUARD_FRAGMENT = 8;

/**
 * Runs one connectivity test: checks the credentials' shape, calls the provider's tester under a
 * deadline and the cancel signal, and returns a result that holds no fragment of the credential.
 * Never throws for anything the provider or the credentials do.
 */
export class ConnectionTestRunner {
  readonly deadlineMs: number;
  readonly #testers: TesterRegistry;
  readonly #fetch: typeof fetch;
  readonly #log: Pick<Logger, 'warn'>;

  constructor(options: ConnectionTestRunnerOptions = {}) {
    this.deadlineMs = options.deadlineMs ?? DEFAULT_TEST_DEADLINE_MS;
    this.#fetch = originBoundFetch(options.fetch ?? globalThis.fetch);
    this.#log = options.log ?? { warn: () => undefined };
    this.#testers = createTesters(options.endpoints ?? {}, options.testers);
  }

  /**
   * The host a test of this integration calls (for "test all"'s per-host limit); the provider type
   * itself when the settings do not parse (such a test fails at once without a call).
   */
  requestHost(type: ProviderType, config: unknown): string {
    const parsed = parseConfig(type, config);
    if (!parsed.success) return type;
    return (this.#testers[type].requestHost as (c: unknown) => string)(parsed.data);
  }

  /** Tests credentials in their stored text form (as the vault returns them). */
  async testStored(
    type: ProviderType,
    stored: unknown,
    config: unknown,
    options: RunOptions = {},
  ): Promise<ConnectionTestResult> {
    let credentials: unknown;
    try {
      const text = typeof stored === 'string' ? stored : JSON.stringify(stored);
      credentials = parseStoredCredentials(type, text ?? '');
    } catch {
      return finish(failure('invalid_format', 'credentials_unreadable'), 0, [], []);
    }
    return this.test(type, credentials, config, options);
  }

  /** Tests credentials as entered (e.g. new ones before a rotation stores them). */
  async test(
    type: ProviderType,
    credentials: unknown,
    config: unknown,
    options: RunOptions = {},
  ): Promise<ConnectionTestResult> {
    const secrets = secretValuesOf(type, credentials);
    const sent = sentValuesOf(credentials, config);
    const parsedCredentials = await credentialsSchemaByProvider[type].safeParseAsync(credentials);
    if (!parsedCredentials.success) {
      const field = parsedCredentials.error.issues[0]?.path.join('.');
      return finish(
        failure('invalid_format', 'credentials_malformed', { params: fieldParam(field) }),
        0,
        secrets,
        sent,
      );
    }
    const parsedConfig = parseConfig(type, config);
    if (!parsedConfig.success) {
      return finish(
        failure('invalid_format', 'config_invalid', { params: fieldParam(parsedConfig.field) }),
        0,
        secrets,
        sent,
      );
    }

    const deadlineMs = options.deadlineMs ?? this.deadlineMs;
    const tester = this.#testers[type];
    const started = performance.now();
    let outcome: TesterOutcome;
    try {
      const run = await runWithDeadline(
        (signal) =>
          (tester.test as (c: unknown, k: unknown, x: unknown) => Promise<TesterOutcome>)(
            parsedCredentials.data,
            parsedConfig.data,
            { signal, deadlineMs, fetch: this.#fetch },
          ),
        { deadlineMs, ...(options.signal ? { signal: options.signal } : {}) },
      );
      if (run.status === 'done') outcome = run.value;
      else if (run.status === 'timeout') {
        outcome = failure('timeout', 'deadline_exceeded', { params: { deadlineMs } });
      } else {
        outcome = failure('cancelled', 'cancelled');
      }
    } catch (error) {
      // A tester bug: say so without echoing the error, whose text could hold anything.
      this.#log.warn('A provider tester threw', {
        type,
        error: error instanceof Error ? error.name : typeof error,
      });
      outcome = failure('provider_error', 'tester_failed');
    }
    return finish(outcome, performance.now() - started, secrets, sent);
  }
}

function parseConfig(
  type: ProviderType,
  config: unknown,
): { success: true; data: unknown } | { success: false; field: string | undefined } {
  const schema = configSchemaByProvider[type];
  // Keep only the settings this version knows; older rows may carry retired keys.
  const known = Object.keys(schema.shape);
  const source =
    typeof config === 'object' && config !== null ? (config as Record<string, unknown>) : {};
  const candidate = Object.fromEntries(
    Object.entries(source).filter(
      ([key, value]) => known.includes(key) && value !== null && value !== '',
    ),
  );
  const parsed = schema.safeParse(candidate);
  if (parsed.success) return { success: true, data: parsed.data };
  return { success: false, field: parsed.error.issues[0]?.path.join('.') };
}

/** The field a format problem is in, when it is a plain field name. */
function fieldParam(field: string | undefined): { field?: string } {
  const checked = connectionTestParamsSchema.shape.field.safeParse(field);
  return checked.success && checked.data ? { field: checked.data } : {};
}

/**
 * The result that leaves main. Parameters and identity are checked against their schemas (a value
 * of the wrong shape is dropped, not passed on); the provider's code and request id are dropped
 * whole when they overlap a secret or anything the request carried, so no provider text that
 * could quote the request reaches the page, the database or the logs.
 */
function finish(
  outcome: TesterOutcome,
  latencyMs: number,
  secrets: readonly string[],
  sent: readonly string[],
): ConnectionTestResult {
  const params = connectionTestParamsSchema.safeParse(outcome.params);
  const result: ConnectionTestResult = {
    ok: outcome.ok,
    latencyMs: Math.max(0, Math.round(latencyMs)),
    identity: outcome.identity ? guardIdentity(outcome.identity, secrets) : null,
    errorKind: outcome.ok ? null : outcome.errorKind,
    reason: outcome.reason,
    params: params.success ? params.data : {},
  };
  const providerCode = safeToken(outcome.providerCode, secrets, sent);
  const requestId = safeToken(outcome.requestId, secrets, sent);
  if (providerCode) result.providerCode = providerCode;
  if (requestId) result.requestId = requestId;
  return result;
}

function guardIdentity(
  identity: NonNullable<TesterOutcome['identity']>,
  secrets: readonly string[],
): ConnectionTestResult['identity'] {
  const kept = Object.fromEntries(
    Object.entries(identity).filter(
      ([, value]) =>
        typeof value !== 'string' || !overlapsAny(value, secrets, IDENTITY_GUARD_FRAGMENT),
    ),
  );
  const parsed = connectionIdentitySchema.safeParse(kept);
  return parsed.success ? parsed.data : null;
}

function safeToken(
  token: string | undefined,
  secrets: readonly string[],
  sent: readonly string[],
): string | undefined {
  if (!providerTokenSchema.safeParse(token).success || token === undefined) return undefined;
  return overlapsAny(token, [...secrets, ...sent]) ? undefined : token;
}
