import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { canaryAwsCredentials } from '../support/provider-stand-ins/canary-credentials.ts';
import { expectNoSecret } from './support/leak-check.ts';
import { registerAws, startStandIns } from './support/stand-in-suite.ts';
import type { StandIns } from './support/stand-in-suite.ts';
import { TEST_DEADLINE_MS, cancelledAfter, timed } from './support/timing.ts';

/*
 * AWS through the real @aws-sdk/client-sts against the local STS stand-in, which verifies the
 * SigV4 signature with the secret access key: a pass proves the right secret signed the request.
 */

let standIns: StandIns;
beforeAll(async () => {
  standIns = await startStandIns();
});
afterAll(() => standIns.close());
afterEach(async () => {
  standIns.aws.clockOffsetMs = 0;
  await standIns.aws.setMode('normal');
});

const runner = () => standIns.runner({ deadlineMs: TEST_DEADLINE_MS });

describe('AWS connectivity test', () => {
  it('passes with a valid key and reports the account and ARN, signed for the configured region', async () => {
    const account = registerAws(standIns, { region: 'eu-central-1' });
    const result = await runner().test('aws', account.credentials, account.config);
    expect(result).toMatchObject({
      ok: true,
      errorKind: null,
      identity: {
        account: '123456789012',
        arn: 'arn:aws:iam::123456789012:user/aterges-test',
        userId: 'AIDAEXAMPLEUSERID0001',
        region: 'eu-central-1',
      },
    });
    expect(standIns.aws.regions.at(-1)).toBe('eu-central-1');
    expectNoSecret(result, account.secrets);
  });

  it('defaults to us-east-1 when no region is configured', async () => {
    const account = registerAws(standIns);
    const result = await runner().test('aws', account.credentials, {});
    expect(result.ok).toBe(true);
    expect(standIns.aws.regions.at(-1)).toBe('us-east-1');
  });

  it('passes with temporary credentials and sends their session token', async () => {
    const account = registerAws(standIns, { temporary: true });
    const result = await runner().test('aws', account.credentials, account.config);
    expect(result.ok).toBe(true);
    expect(result.identity?.arn).toContain('assumed-role');
    expect(standIns.aws.requests.at(-1)!.headers['x-amz-security-token']).toBe(
      account.credentials.sessionToken,
    );
    expectNoSecret(result, account.secrets);
  });

  it('maps a wrong secret access key to invalid_credentials, in one request', async () => {
    const account = registerAws(standIns);
    const wrongSecret = canaryAwsCredentials().secretAccessKey;
    const before = standIns.aws.requests.length;
    const result = await runner().test(
      'aws',
      { ...account.credentials, secretAccessKey: wrongSecret },
      account.config,
    );
    expect(result).toMatchObject({ ok: false, errorKind: 'invalid_credentials' });
    expect(result.reason).toBe('secret_mismatch');
    expect(standIns.aws.requests.length - before).toBe(1);
    expectNoSecret(result, [wrongSecret, account.credentials.secretAccessKey]);
  });

  it('maps an unknown access key ID to invalid_credentials', async () => {
    const unknown = canaryAwsCredentials();
    const result = await runner().test('aws', unknown, { region: 'eu-west-1' });
    expect(result).toMatchObject({ ok: false, errorKind: 'invalid_credentials' });
    expect(result.reason).toBe('access_key_unknown');
    expectNoSecret(result, [unknown.secretAccessKey]);
  });

  it('maps an expired session token to expired', async () => {
    const account = registerAws(standIns, { temporary: true, behaviour: 'expired' });
    const result = await runner().test('aws', account.credentials, account.config);
    expect(result).toMatchObject({ ok: false, errorKind: 'expired' });
    expect(result.reason).toBe('session_token_expired');
    expectNoSecret(result, account.secrets);
  });

  it("maps a signature refused for clock skew to expired, naming the computer's clock", async () => {
    const account = registerAws(standIns);
    standIns.aws.clockOffsetMs = 60 * 60_000;
    const result = await runner().test('aws', account.credentials, account.config);
    expect(result).toMatchObject({ ok: false, errorKind: 'expired' });
    expect(result.reason).toBe('clock_skew');
  });

  it('maps throttling to rate_limited, in one request', async () => {
    const account = registerAws(standIns);
    await standIns.aws.setMode('rate_limited');
    const before = standIns.aws.requests.length;
    const result = await runner().test('aws', account.credentials, account.config);
    expect(result).toMatchObject({ ok: false, errorKind: 'rate_limited' });
    expect(result.reason).toBe('rate_limited');
    expect(standIns.aws.requests.length - before).toBe(1);
  });

  it('maps a server error to provider_error without retrying', async () => {
    const account = registerAws(standIns);
    await standIns.aws.setMode('server_error');
    const before = standIns.aws.requests.length;
    const result = await runner().test('aws', account.credentials, account.config);
    expect(result).toMatchObject({ ok: false, errorKind: 'provider_error' });
    expect(result).toMatchObject({ reason: 'provider_server_error', params: { httpStatus: 503 } });
    expect(standIns.aws.requests.length - before).toBe(1);
  });

  it('ends at the deadline when STS never answers', async () => {
    const account = registerAws(standIns);
    await standIns.aws.setMode('hang');
    const { value, elapsedMs } = await timed(() =>
      runner().test('aws', account.credentials, account.config),
    );
    expect(value).toMatchObject({ ok: false, errorKind: 'timeout' });
    expect(value).toMatchObject({
      reason: 'deadline_exceeded',
      params: { deadlineMs: TEST_DEADLINE_MS },
    });
    expect(elapsedMs).toBeGreaterThanOrEqual(TEST_DEADLINE_MS - 50);
    expect(elapsedMs).toBeLessThan(TEST_DEADLINE_MS + 1_000);
  });

  it('maps a refused connection to network', async () => {
    const account = registerAws(standIns);
    await standIns.aws.setMode('unreachable');
    const result = await runner().test('aws', account.credentials, account.config);
    expect(result).toMatchObject({ ok: false, errorKind: 'network' });
    expect(result).toMatchObject({
      reason: 'connection_refused',
      params: { networkCode: 'ECONNREFUSED' },
    });
  });

  it('stops at once when cancelled', async () => {
    const account = registerAws(standIns, { behaviour: 'hang' });
    const { value, elapsedMs } = await cancelledAfter(200, (signal) =>
      standIns
        .runner({ deadlineMs: 10_000 })
        .test('aws', account.credentials, account.config, { signal }),
    );
    expect(value).toMatchObject({ ok: false, errorKind: 'cancelled', reason: 'cancelled' });
    expect(elapsedMs).toBeLessThan(1_000);
  });
});
