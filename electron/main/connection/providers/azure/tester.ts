import { ClientSecretCredential } from '@azure/identity';
import type { ClientSecretCredentialOptions } from '@azure/identity';
import type { AzureCredentials } from '../../../../../shared/credentials.ts';
import type { AzureConfig } from '../../../../../shared/integration-config.ts';
import { fetchHttpClient } from '../../fetch-transports.ts';
import { hostOf } from '../../network-errors.ts';
import type { ProviderTester, TesterContext, TesterOutcome } from '../../tester-types.ts';
import { SDK_TIMEOUT_SLACK_MS, success } from '../../tester-types.ts';
import { mapAzureError } from './errors.ts';
import type { AzureResponseLog } from './errors.ts';

/** Azure Resource Manager: every subscription-level tool needs a token for it. */
export const AZURE_MANAGEMENT_SCOPE = 'https://management.azure.com/.default';

type PipelinePolicy = NonNullable<
  ClientSecretCredentialOptions['additionalPolicies']
>[number]['policy'];

export interface AzureTesterSeam {
  /** A local stand-in's authority host, used instead of the configured cloud; tests only. */
  authorityHost?: string;
}

/**
 * A client-credentials token for Azure Resource Manager from Microsoft Entra ID: proves the tenant,
 * the application and the secret together, without touching any subscription.
 */
export class AzureTester implements ProviderTester<'azure'> {
  readonly #seam: AzureTesterSeam;

  constructor(seam: AzureTesterSeam = {}) {
    this.#seam = seam;
  }

  requestHost(config: AzureConfig): string {
    return hostOf(this.#seam.authorityHost ?? config.authorityHost, 'login.microsoftonline.com');
  }

  async test(
    credentials: AzureCredentials,
    config: AzureConfig,
    context: TesterContext,
  ): Promise<TesterOutcome> {
    const log: AzureResponseLog = {};
    const authorityHost = this.#seam.authorityHost ?? config.authorityHost;
    const credential = new ClientSecretCredential(
      credentials.tenantId,
      credentials.clientId,
      credentials.clientSecret,
      {
        // Explicit, so AZURE_AUTHORITY_HOST in the environment cannot redirect the secret.
        authorityHost,
        // A local stand-in cannot pass Microsoft's authority validation; real hosts keep it.
        disableInstanceDiscovery: this.#seam.authorityHost !== undefined,
        // Every request through the injected fetch (fetch-transports.ts), not Node's http stack.
        httpClient: fetchHttpClient(context.fetch),
        retryOptions: { maxRetries: 0 },
        additionalPolicies: [{ position: 'perCall', policy: boundedRequestPolicy(context, log) }],
        loggingOptions: {
          allowLoggingAccountIdentifiers: false,
          enableUnsafeSupportLogging: false,
        },
      },
    );
    const host = hostOf(authorityHost, 'login.microsoftonline.com');
    try {
      // getToken ignores abort signals and request timeouts (see providers.md): the policy above
      // bounds each request and wires the signal in; the runner also races the deadline.
      const token = await credential.getToken(AZURE_MANAGEMENT_SCOPE);
      return success({
        tenantId: credentials.tenantId,
        clientId: credentials.clientId,
        authorityHost: host,
        expiresAt: new Date(token.expiresOnTimestamp).toISOString(),
      });
    } catch (error) {
      return mapAzureError(error, log, host);
    }
  }
}

/**
 * Sets each request's timeout to what is left of the deadline, attaches the test's abort signal,
 * and notes the last failed response: MSAL turns every discovery failure (unknown tenant, 5xx,
 * TLS, no network) into the same "endpoints_resolution_error", so this is how the cause is told.
 */
function boundedRequestPolicy(context: TesterContext, log: AzureResponseLog): PipelinePolicy {
  const deadlineAt = Date.now() + context.deadlineMs + SDK_TIMEOUT_SLACK_MS;
  return {
    name: 'aterges-connection-test-bounds',
    async sendRequest(request, next) {
      request.timeout = Math.max(1, deadlineAt - Date.now());
      const existing = request.abortSignal;
      request.abortSignal =
        existing instanceof AbortSignal
          ? AbortSignal.any([existing, context.signal])
          : context.signal;
      log.failedResponse = undefined;
      log.requestError = undefined;
      try {
        const response = await next(request);
        if (response.status >= 400) {
          // Error bodies only: a success body would hold the access token.
          log.failedResponse = {
            status: response.status,
            body: response.bodyAsText ?? '',
            retryAfter: response.headers.get('retry-after'),
          };
        }
        return response;
      } catch (error) {
        log.requestError = error;
        throw error;
      }
    },
  };
}
