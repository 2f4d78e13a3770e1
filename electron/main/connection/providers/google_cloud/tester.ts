import { JWT } from 'google-auth-library';
import type { GoogleCredentials } from '../../../../../shared/credentials.ts';
import type { GoogleCloudConfig } from '../../../../../shared/integration-config.ts';
import type { ProviderTester, TesterContext, TesterOutcome } from '../../tester-types.ts';
import { SDK_TIMEOUT_SLACK_MS, failure, success } from '../../tester-types.ts';
import { hostOf } from '../../network-errors.ts';
import { GOOGLE_TOKEN_HOST, mapGoogleError } from './errors.ts';

export const GOOGLE_CLOUD_PLATFORM_SCOPE = 'https://www.googleapis.com/auth/cloud-platform';
/** Fixed in google-auth-library (also the assertion's audience); `token_uri` does not change it. */
export const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';

export interface GoogleTesterSeam {
  /** Where to send the request meant for GOOGLE_TOKEN_URL; tests only. */
  tokenUrl?: string;
}

/**
 * Exchanges a JWT signed with the service account's private key for an access token: proves the
 * key is current and the account exists, without calling any Cloud API.
 */
export class GoogleTester implements ProviderTester<'google_cloud'> {
  readonly #seam: GoogleTesterSeam;

  constructor(seam: GoogleTesterSeam = {}) {
    this.#seam = seam;
  }

  requestHost(): string {
    return hostOf(this.#seam.tokenUrl, GOOGLE_TOKEN_HOST);
  }

  async test(
    credentials: GoogleCredentials,
    _config: GoogleCloudConfig,
    context: TesterContext,
  ): Promise<TesterOutcome> {
    const client = new JWT({
      email: credentials.client_email,
      key: credentials.private_key,
      keyId: credentials.private_key_id,
      scopes: [GOOGLE_CLOUD_PLATFORM_SCOPE],
      transporterOptions: {
        timeout: context.deadlineMs + SDK_TIMEOUT_SLACK_MS,
        // One request: a 503 would otherwise be retried several times.
        retryConfig: { retry: 0, noResponseRetries: 0 },
        // getAccessToken takes no signal; gaxios merges this default into each request.
        signal: context.signal,
        // gaxios sends through the injected fetch, not Node's own.
        fetchImplementation: context.fetch,
      },
    });
    const tokenUrl = this.#seam.tokenUrl;
    if (tokenUrl) {
      client.transporter.interceptors.request.add({
        resolved: (options) => {
          if (String(options.url) === GOOGLE_TOKEN_URL) options.url = new URL(tokenUrl);
          return Promise.resolve(options);
        },
      });
    }
    try {
      const { token } = await client.getAccessToken();
      if (!token) {
        return failure('provider_error', 'no_access_token', {
          params: { host: GOOGLE_TOKEN_HOST },
        });
      }
      return success({ clientEmail: credentials.client_email, projectId: credentials.project_id });
    } catch (error) {
      return mapGoogleError(error);
    }
  }
}
