import type {
  ConnectionErrorKind,
  ConnectionTestParams,
  ConnectionTestReason,
  ConnectionTestResult,
} from '../../../shared/connection-test.ts';
import type { CredentialsByProvider } from '../../../shared/credentials.ts';
import type { ConfigByProvider } from '../../../shared/integration-config.ts';
import type { ProviderType } from '../../../shared/providers.ts';

/** What a provider tester hands back; the runner adds the measured latency. */
export type TesterOutcome = Omit<ConnectionTestResult, 'latencyMs'>;

/**
 * Slack past the runner's deadline for each SDK's own timeout: the runner enforces the deadline,
 * the SDK timeout is only a backstop that must not fire first.
 */
export const SDK_TIMEOUT_SLACK_MS = 1_000;

export interface TesterContext {
  /** Aborted when the deadline passes or the user cancels. */
  signal: AbortSignal;
  /** The time budget left, for the SDK's own timeouts (a backstop: the runner enforces it). */
  deadlineMs: number;
  /**
   * The fetch every request of a test must go through: each SDK's own fetch option or a transport
   * built on it (fetch-transports.ts). The runner passes the injected fetch (net.fetch in the
   * app) wrapped so it refuses redirects to another origin: a key is never followed elsewhere and
   * a redirect never reads as a pass.
   */
  fetch: typeof fetch;
}

/** One real, cheap call that proves a credential works. */
export interface ProviderTester<T extends ProviderType> {
  test(
    credentials: CredentialsByProvider[T],
    config: ConfigByProvider[T],
    context: TesterContext,
  ): Promise<TesterOutcome>;
  /**
   * The host (with port, when not the default) the test calls for this config: "test all" limits
   * how many tests of one host run at once.
   */
  requestHost(config: ConfigByProvider[T]): string;
}

export type TesterRegistry = { [T in ProviderType]: ProviderTester<T> };

/**
 * Where the testers send their calls when not the providers' real endpoints. TESTS ONLY: the
 * composition root leaves every field undefined, so the SDK defaults apply. None of this is user
 * configuration (the user-facing settings are in `shared/integration-config.ts`).
 */
export interface ProviderEndpoints {
  /** STS endpoint URL, e.g. `http://127.0.0.1:PORT`. */
  awsStsEndpoint?: string;
  /**
   * Replaces the authority host of every Azure test with a local https stand-in's: the app offers
   * only Microsoft's three clouds, so end-to-end tests cannot reach a stand-in through settings.
   */
  azureAuthorityHost?: string;
  /** Replaces https://oauth2.googleapis.com/token for the service-account token exchange. */
  googleTokenUrl?: string;
  /** Replaces https://api.anthropic.com. */
  anthropicBaseUrl?: string;
  /** Replaces https://generativelanguage.googleapis.com/. */
  geminiBaseUrl?: string;
  /** Replaces https://api.mistral.ai. */
  mistralBaseUrl?: string;
  /** Replaces the origin of every Azure OpenAI endpoint (the app accepts only Azure's hosts). */
  azureOpenAiOrigin?: string;
  /** Local stand-ins for the OpenAI-compatible presets' hosts, by preset (path kept). */
  openAiCompatibleOrigins?: Partial<Record<string, string>>;
}

/**
 * What a tester may say about a failure. Never provider free text: a provider can quote what the
 * request carried (OpenAI quotes the organization header back), and any text that mixes request
 * input with a redacted secret tells the page where the secret matched. Only codes and checked
 * parameters cross; the runner drops provider tokens that overlap a secret or a sent value.
 */
export interface FailureDetails {
  params?: ConnectionTestParams;
  providerCode?: string | undefined;
  requestId?: string | undefined;
}

/** Builds a failed outcome. */
export function failure(
  errorKind: ConnectionErrorKind,
  reason: ConnectionTestReason,
  details: FailureDetails = {},
): TesterOutcome {
  return {
    ok: false,
    identity: null,
    errorKind,
    reason,
    params: details.params ?? {},
    ...(details.providerCode ? { providerCode: details.providerCode } : {}),
    ...(details.requestId ? { requestId: details.requestId } : {}),
  };
}

/** Builds a passed outcome with what the provider confirmed. */
export function success(identity: NonNullable<TesterOutcome['identity']>): TesterOutcome {
  return { ok: true, identity, errorKind: null, reason: 'accepted', params: {} };
}
