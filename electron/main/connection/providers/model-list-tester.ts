import type { ProviderType } from '../../../../shared/providers.ts';
import type { CredentialsByProvider } from '../../../../shared/credentials.ts';
import type { ConfigByProvider } from '../../../../shared/integration-config.ts';
import { hostOf } from '../network-errors.ts';
import type { ProviderTester, TesterContext, TesterOutcome } from '../tester-types.ts';
import { success } from '../tester-types.ts';

/** Where a provider's API is, unless a test points its tester at a stand-in. */
export interface ModelListEndpoint {
  baseUrl: string;
  /** The host "test all" counts the calls of when the base URL does not name one. */
  host: string;
}

/**
 * The test of a provider whose key alone is checked by listing its models (free, and it needs a
 * live key): the SDK call and the error mapping are the provider's own; the seam for a stand-in,
 * the host "test all" limits, and the shape of the outcome (`modelCount`) are the same for all.
 */
export abstract class ModelListTester<T extends ProviderType> implements ProviderTester<T> {
  protected readonly baseUrl: string;
  readonly #host: string;

  /** @param baseUrl Test seam: a local stand-in; undefined in the app (the provider's host). */
  constructor(baseUrl: string | undefined, endpoint: ModelListEndpoint) {
    this.baseUrl = baseUrl ?? endpoint.baseUrl;
    this.#host = endpoint.host;
  }

  requestHost(): string {
    return hostOf(this.baseUrl, this.#host);
  }

  async test(
    credentials: CredentialsByProvider[T],
    _config: ConfigByProvider[T],
    context: TesterContext,
  ): Promise<TesterOutcome> {
    const host = this.requestHost();
    try {
      return success({ modelCount: await this.countModels(credentials, context) });
    } catch (error) {
      return this.mapError(error, host);
    }
  }

  /** One request through the provider's SDK, every option explicit; how many models it lists. */
  protected abstract countModels(
    credentials: CredentialsByProvider[T],
    context: TesterContext,
  ): Promise<number>;

  protected abstract mapError(error: unknown, host: string): TesterOutcome;
}
