import type { ProviderType } from '../../../../shared/providers.ts';
import type { CredentialsByProvider } from '../../../../shared/credentials.ts';
import type { ConfigByProvider } from '../../../../shared/integration-config.ts';
import { hostOf } from '../network-errors.ts';
import type { ProviderTester, TesterContext, TesterOutcome } from '../tester-types.ts';
import { SDK_TIMEOUT_SLACK_MS, success } from '../tester-types.ts';

/** Everything one model-listing call needs, worked out once for every provider. */
export interface ModelListRequest {
  apiKey: string;
  baseUrl: string;
  /** The runner's deadline plus slack: the SDK's own timeout is a backstop, never the limit. */
  timeoutMs: number;
  signal: AbortSignal;
  fetch: typeof fetch;
}

/** What differs between the providers whose key is checked by listing models. */
export interface ModelListing {
  /** Where the API is, unless a test points the tester at a stand-in. */
  baseUrl: string;
  /** One request through the provider's SDK, every option explicit; how many models it lists. */
  countModels(request: ModelListRequest): Promise<number>;
  mapError(error: unknown, host: string): TesterOutcome;
}

/** The providers whose whole credential is one API key. */
type KeyOnlyProvider = {
  [K in ProviderType]: CredentialsByProvider[K] extends { apiKey: string } ? K : never;
}[ProviderType];

/**
 * The test of a provider whose key alone is checked by listing its models (free, and it needs a
 * live key): the SDK call and the error mapping are the provider's own (its ModelListing); the
 * seam for a stand-in, the host "test all" limits, and the shape of the outcome (`modelCount`)
 * are the same for all.
 */
export class ModelListTester<T extends KeyOnlyProvider> implements ProviderTester<T> {
  readonly #baseUrl: string;
  readonly #listing: ModelListing;

  /** @param baseUrl Test seam: a local stand-in; undefined in the app (the provider's host). */
  constructor(baseUrl: string | undefined, listing: ModelListing) {
    this.#baseUrl = baseUrl ?? listing.baseUrl;
    this.#listing = listing;
  }

  requestHost(): string {
    // The provider's own host stands in for a seam URL that does not name one.
    return hostOf(this.#baseUrl, new URL(this.#listing.baseUrl).host);
  }

  async test(
    credentials: CredentialsByProvider[T],
    _config: ConfigByProvider[T],
    context: TesterContext,
  ): Promise<TesterOutcome> {
    const host = this.requestHost();
    try {
      const modelCount = await this.#listing.countModels({
        // T is one of the key-only providers, so its credential is the key.
        apiKey: (credentials as CredentialsByProvider[KeyOnlyProvider]).apiKey,
        baseUrl: this.#baseUrl,
        timeoutMs: context.deadlineMs + SDK_TIMEOUT_SLACK_MS,
        signal: context.signal,
        fetch: context.fetch,
      });
      return success({ modelCount });
    } catch (error) {
      return this.#listing.mapError(error, host);
    }
  }
}
