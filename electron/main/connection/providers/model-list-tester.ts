import type { ProviderType } from '../../../../shared/providers.ts';
import type { CredentialsByProvider } from '../../../../shared/credentials.ts';
import type { ConfigByProvider } from '../../../../shared/integration-config.ts';
import { hostOf } from '../network-errors.ts';
import type { ProviderTester, TesterContext, TesterOutcome } from '../tester-types.ts';
import { success } from '../tester-types.ts';

/** What differs between the providers whose key is checked by listing models. */
export interface ModelListing<T extends ProviderType> {
  /** Where the API is, unless a test points the tester at a stand-in. */
  baseUrl: string;
  /** The host "test all" counts the calls of when the base URL does not name one. */
  host: string;
  /** One request through the provider's SDK, every option explicit; how many models it lists. */
  countModels(
    credentials: CredentialsByProvider[T],
    context: TesterContext,
    baseUrl: string,
  ): Promise<number>;
  mapError(error: unknown, host: string): TesterOutcome;
}

/**
 * The test of a provider whose key alone is checked by listing its models (free, and it needs a
 * live key): the SDK call and the error mapping are the provider's own (its ModelListing); the
 * seam for a stand-in, the host "test all" limits, and the shape of the outcome (`modelCount`)
 * are the same for all.
 */
export class ModelListTester<T extends ProviderType> implements ProviderTester<T> {
  readonly #baseUrl: string;
  readonly #listing: ModelListing<T>;

  /** @param baseUrl Test seam: a local stand-in; undefined in the app (the provider's host). */
  constructor(baseUrl: string | undefined, listing: ModelListing<T>) {
    this.#baseUrl = baseUrl ?? listing.baseUrl;
    this.#listing = listing;
  }

  requestHost(): string {
    return hostOf(this.#baseUrl, this.#listing.host);
  }

  async test(
    credentials: CredentialsByProvider[T],
    _config: ConfigByProvider[T],
    context: TesterContext,
  ): Promise<TesterOutcome> {
    const host = this.requestHost();
    try {
      const modelCount = await this.#listing.countModels(credentials, context, this.#baseUrl);
      return success({ modelCount });
    } catch (error) {
      return this.#listing.mapError(error, host);
    }
  }
}
