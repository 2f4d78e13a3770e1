import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentials } from '../../../../../shared/credentials.ts';
import { AWS_DEFAULT_REGION } from '../../../../../shared/integration-config.ts';
import type { AwsConfig } from '../../../../../shared/integration-config.ts';
import type { ProviderTester, TesterContext, TesterOutcome } from '../../tester-types.ts';
import { SDK_TIMEOUT_SLACK_MS, success } from '../../tester-types.ts';
import { fetchRequestHandler } from '../../fetch-transports.ts';
import { hostOf } from '../../network-errors.ts';
import { mapAwsError } from './errors.ts';

/**
 * STS GetCallerIdentity: needs no IAM permission (it cannot be denied by policy), costs nothing,
 * and names the account and principal the key belongs to.
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
 */
export class AwsTester implements ProviderTester<'aws'> {
  readonly #endpoint: string | undefined;

  /** @param endpoint Test seam: the STS endpoint URL; undefined in the app (SDK default). */
  constructor(endpoint?: string) {
    this.#endpoint = endpoint;
  }

  requestHost(config: AwsConfig): string {
    return stsHost(this.#endpoint, config.region || AWS_DEFAULT_REGION);
  }

  async test(
    credentials: AwsCredentials,
    config: AwsConfig,
    context: TesterContext,
  ): Promise<TesterOutcome> {
    const region = config.region || AWS_DEFAULT_REGION;
    const timeout = context.deadlineMs + SDK_TIMEOUT_SLACK_MS;
    const client = new STSClient({
      region,
      credentials: {
        accessKeyId: credentials.accessKeyId,
        secretAccessKey: credentials.secretAccessKey,
        ...(credentials.sessionToken ? { sessionToken: credentials.sessionToken } : {}),
      },
      // One attempt: authentication errors must not be retried, and the deadline is ours.
      maxAttempts: 1,
      // Ignore AWS_ENDPOINT_URL(_STS) and endpoint_url in ~/.aws/config: a stray setting must not
      // send the user's keys somewhere else.
      ignoreConfiguredEndpointUrls: true,
      useFipsEndpoint: false,
      useDualstackEndpoint: false,
      ...(this.#endpoint ? { endpoint: this.#endpoint } : {}),
      // Through the injected fetch (fetch-transports.ts), bounded by the SDK's own timeout.
      requestHandler: fetchRequestHandler(context.fetch, { timeoutMs: timeout }),
    });
    try {
      const identity = await client.send(new GetCallerIdentityCommand({}), {
        abortSignal: context.signal,
      });
      return success({
        account: identity.Account ?? '',
        arn: identity.Arn ?? '',
        region,
        ...(identity.UserId ? { userId: identity.UserId } : {}),
      });
    } catch (error) {
      return mapAwsError(error, region, stsHost(this.#endpoint, region));
    } finally {
      client.destroy();
    }
  }
}

/** The host STS requests go to: the regional endpoint, or the tests' stand-in. */
function stsHost(endpoint: string | undefined, region: string): string {
  return hostOf(endpoint, `sts.${region}.amazonaws.com`);
}
