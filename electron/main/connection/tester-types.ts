import type { ConnectionTestResult } from '../../../shared/connection-test.ts';
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
   * Removes every fragment (4+ characters) of the credential's secrets from provider-supplied free
   * text: testers run error descriptions through it, the channel providers echo keys in. Structured
   * identifiers (account, ARN, organization ID) are not: a random 4-character match would mangle
   * them, and the runner's final guard still removes any 8-character fragment from everything.
   */
  scrub: (text: string) => string;
}

/** One real, cheap call that proves a credential works. */
export interface ProviderTester<T extends ProviderType> {
  test(
    credentials: CredentialsByProvider[T],
    config: ConfigByProvider[T],
    context: TesterContext,
  ): Promise<TesterOutcome>;
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
  /** Extra CA certificate (PEM) trusted for the Azure authority, for a local https stand-in. */
  azureTlsCa?: string;
  /**
   * Replaces the authority host of every Azure test with a local https stand-in's: the app offers
   * only Microsoft's three clouds, so end-to-end tests cannot reach a stand-in through settings.
   */
  azureAuthorityHost?: string;
  /** Replaces https://oauth2.googleapis.com/token for the service-account token exchange. */
  googleTokenUrl?: string;
}

/** Builds a failed outcome. */
export function failure(
  errorKind: NonNullable<TesterOutcome['errorKind']>,
  message: string,
): TesterOutcome {
  return { ok: false, identity: null, errorKind, message };
}

/** Adds the provider's own words (already scrubbed) after our plain-words explanation. */
export function withDetail(message: string, detail: string | undefined): string {
  const trimmed = detail?.trim();
  return trimmed ? `${message} ${providerSaid(trimmed)}` : message;
}

function providerSaid(detail: string): string {
  const short = detail.length > 240 ? `${detail.slice(0, 237)}…` : detail;
  return `(Provider said: ${short})`;
}
