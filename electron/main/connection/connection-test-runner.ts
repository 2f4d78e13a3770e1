import { DEFAULT_TEST_DEADLINE_MS } from '../../../shared/connection-test.ts';
import type { ConnectionTestResult } from '../../../shared/connection-test.ts';
import { credentialsSchemaByProvider } from '../../../shared/credentials.ts';
import { configSchemaByProvider } from '../../../shared/integration-config.ts';
import type { ProviderType } from '../../../shared/providers.ts';
import { isAppError } from '../../../shared/errors.ts';
import { parseStoredCredentials } from '../../../shared/stored-credentials.ts';
import { runWithDeadline } from './deadline.ts';
import { AwsTester } from './providers/aws-tester.ts';
import { AzureTester } from './providers/azure-tester.ts';
import { GoogleTester } from './providers/google-tester.ts';
import { OpenAiTester } from './providers/openai-tester.ts';
import { createScrubber, redactFragments } from './scrub.ts';
import { secretValuesOf } from './secret-fields.ts';
import type { ProviderEndpoints, TesterOutcome, TesterRegistry } from './tester-types.ts';

export interface ConnectionTestRunnerOptions {
  /** Test seam for the stand-ins; leave undefined in the app. */
  endpoints?: ProviderEndpoints;
  /** Replaces provider testers (tests). */
  testers?: Partial<TesterRegistry>;
  /** Default deadline per test (DEFAULT_TEST_DEADLINE_MS, 15 s). */
  deadlineMs?: number;
}

export interface RunOptions {
  /** The user's cancel signal. */
  signal?: AbortSignal;
  deadlineMs?: number;
}

const PROVIDER_LABELS: Record<ProviderType, string> = {
  openai: 'OpenAI',
  aws: 'AWS',
  azure: 'Microsoft Entra ID',
  google_cloud: 'Google',
};

/** A last check on everything we return: no 8-character run of a secret, whatever its path. */
const FINAL_GUARD_FRAGMENT = 8;
const MAX_MESSAGE_LENGTH = 500;

/**
 * Runs one connectivity test: checks the credentials' shape, calls the provider's tester under a
 * deadline and the cancel signal, and returns a result that holds no fragment of the credential.
 * Never throws for anything the provider or the credentials do.
 */
export class ConnectionTestRunner {
  readonly deadlineMs: number;
  readonly #testers: TesterRegistry;

  constructor(options: ConnectionTestRunnerOptions = {}) {
    this.deadlineMs = options.deadlineMs ?? DEFAULT_TEST_DEADLINE_MS;
    const endpoints = options.endpoints ?? {};
    this.#testers = {
      openai: options.testers?.openai ?? new OpenAiTester(),
      aws: options.testers?.aws ?? new AwsTester(endpoints.awsStsEndpoint),
      azure:
        options.testers?.azure ??
        new AzureTester({
          ...(endpoints.azureTlsCa ? { tlsCa: endpoints.azureTlsCa } : {}),
          ...(endpoints.azureAuthorityHost ? { authorityHost: endpoints.azureAuthorityHost } : {}),
        }),
      google_cloud:
        options.testers?.google_cloud ??
        new GoogleTester(endpoints.googleTokenUrl ? { tokenUrl: endpoints.googleTokenUrl } : {}),
    };
  }

  /** Tests credentials in their stored text form (as the vault returns them). */
  async testStored(
    type: ProviderType,
    stored: unknown,
    config: unknown,
    options: RunOptions = {},
  ): Promise<ConnectionTestResult> {
    const secrets = secretValuesOf(type, stored);
    let credentials: unknown;
    try {
      const text = typeof stored === 'string' ? stored : JSON.stringify(stored);
      credentials = parseStoredCredentials(type, text ?? '');
    } catch (error) {
      const message = isAppError(error)
        ? error.message
        : `The stored ${PROVIDER_LABELS[type]} credentials could not be read. Rotate them to fix this.`;
      return finish(
        { ok: false, identity: null, errorKind: 'invalid_format', message },
        0,
        secrets,
      );
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
    const parsedCredentials = await credentialsSchemaByProvider[type].safeParseAsync(credentials);
    if (!parsedCredentials.success) {
      const issue = parsedCredentials.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      return finish(
        {
          ok: false,
          identity: null,
          errorKind: 'invalid_format',
          message: `The ${PROVIDER_LABELS[type]} credentials are not in the expected format (${where}${issue?.message ?? 'invalid'}).`,
        },
        0,
        secrets,
      );
    }
    const parsedConfig = parseConfig(type, config);
    if (!parsedConfig.success) {
      return finish(
        { ok: false, identity: null, errorKind: 'invalid_format', message: parsedConfig.message },
        0,
        secrets,
      );
    }

    const deadlineMs = options.deadlineMs ?? this.deadlineMs;
    const scrub = createScrubber(secrets);
    const tester = this.#testers[type];
    const started = performance.now();
    let outcome: TesterOutcome;
    try {
      const run = await runWithDeadline(
        (signal) =>
          (tester.test as (c: unknown, k: unknown, x: unknown) => Promise<TesterOutcome>)(
            parsedCredentials.data,
            parsedConfig.data,
            { signal, deadlineMs, scrub },
          ),
        { deadlineMs, ...(options.signal ? { signal: options.signal } : {}) },
      );
      if (run.status === 'done') outcome = run.value;
      else if (run.status === 'timeout') {
        outcome = {
          ok: false,
          identity: null,
          errorKind: 'timeout',
          message: `${PROVIDER_LABELS[type]} did not answer within ${formatSeconds(deadlineMs)}. It may be unreachable from this network, or slow right now.`,
        };
      } else {
        outcome = {
          ok: false,
          identity: null,
          errorKind: 'cancelled',
          message: 'The test was cancelled.',
        };
      }
    } catch {
      // A tester bug: say so without echoing the error, whose text could hold anything.
      outcome = {
        ok: false,
        identity: null,
        errorKind: 'provider_error',
        message: `The ${PROVIDER_LABELS[type]} test failed unexpectedly.`,
      };
    }
    return finish(outcome, performance.now() - started, secrets);
  }
}

function parseConfig(
  type: ProviderType,
  config: unknown,
): { success: true; data: unknown } | { success: false; message: string } {
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
  const issue = parsed.error.issues[0];
  return {
    success: false,
    message: `The ${PROVIDER_LABELS[type]} settings of this integration are not valid (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}).`,
  };
}

function formatSeconds(ms: number): string {
  const seconds = Math.round(ms / 100) / 10;
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

function finish(
  outcome: TesterOutcome,
  latencyMs: number,
  secrets: readonly string[],
): ConnectionTestResult {
  const guard = (text: string): string => redactFragments(text, secrets, FINAL_GUARD_FRAGMENT);
  let message = guard(outcome.message);
  if (message.length > MAX_MESSAGE_LENGTH) message = `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
  const identity = outcome.identity
    ? Object.fromEntries(
        Object.entries(outcome.identity).map(([key, value]) => [
          key,
          typeof value === 'string' ? guard(value) : value,
        ]),
      )
    : null;
  return {
    ok: outcome.ok,
    latencyMs: Math.max(0, Math.round(latencyMs)),
    identity,
    errorKind: outcome.ok ? null : outcome.errorKind,
    message,
  };
}
