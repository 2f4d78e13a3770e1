import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionTestRunner } from '../../electron/main/connection/connection-test-runner.ts';
import { fetchTrusting } from '../support/provider-stand-ins/test-fetch.ts';
import { createTestCertificate } from '../support/provider-stand-ins/test-certificate.ts';
import { expectNoSecret } from './support/leak-check.ts';
import { registerAzure, startStandIns } from './support/stand-in-suite.ts';
import type { StandIns } from './support/stand-in-suite.ts';
import { TEST_DEADLINE_MS, cancelledAfter, timed } from './support/timing.ts';

/*
 * Azure through the real @azure/identity ClientSecretCredential (MSAL underneath) against a local
 * https Entra ID authority that checks the client secret.
 */

let standIns: StandIns;
beforeAll(async () => {
  standIns = await startStandIns();
});
afterAll(() => standIns.close());
afterEach(() => standIns.azure.setMode('normal'));

const runner = () => standIns.runner({ deadlineMs: TEST_DEADLINE_MS });
const tokenRequests = () =>
  standIns.azure.requests.filter((r) => r.url.pathname.endsWith('/oauth2/v2.0/token')).length;

describe('Azure connectivity test', () => {
  it('passes with a valid secret and reports the tenant and the token expiry', async () => {
    const account = registerAzure(standIns);
    const before = Date.now();
    const result = await runner().test('azure', account.credentials, account.config);
    expect(result).toMatchObject({
      ok: true,
      errorKind: null,
      identity: { tenantId: account.credentials.tenantId, clientId: account.credentials.clientId },
    });
    const expiresAt = Date.parse(String(result.identity?.expiresAt));
    expect(expiresAt - before).toBeGreaterThan(3_500_000);
    const token = standIns.azure.requests.at(-1)!;
    expect(new URLSearchParams(token.body).get('scope')).toContain(
      'https://management.azure.com/.default',
    );
    expectNoSecret(result, account.secrets);
  });

  it('maps a wrong secret to invalid_credentials (AADSTS7000215), in one token request', async () => {
    const account = registerAzure(standIns);
    const wrongSecret = `Wr0ng~${randomUUID()}`;
    const before = tokenRequests();
    const result = await runner().test(
      'azure',
      { ...account.credentials, clientSecret: wrongSecret },
      account.config,
    );
    expect(result).toMatchObject({ ok: false, errorKind: 'invalid_credentials' });
    expect(result).toMatchObject({ reason: 'client_secret_wrong', params: { aadsts: 7000215 } });
    expect(tokenRequests() - before).toBe(1);
    expectNoSecret(result, [wrongSecret, account.credentials.clientSecret]);
  });

  it('maps an unknown client ID to not_found (AADSTS700016)', async () => {
    const account = registerAzure(standIns);
    const result = await runner().test(
      'azure',
      { ...account.credentials, clientId: randomUUID() },
      account.config,
    );
    expect(result).toMatchObject({ ok: false, errorKind: 'not_found' });
    expect(result).toMatchObject({ reason: 'application_not_found', params: { aadsts: 700016 } });
    expectNoSecret(result, account.secrets);
  });

  it('maps an unknown tenant to not_found (AADSTS90002)', async () => {
    const account = registerAzure(standIns);
    const tenantId = randomUUID();
    const result = await runner().test(
      'azure',
      { ...account.credentials, tenantId },
      account.config,
    );
    expect(result).toMatchObject({ ok: false, errorKind: 'not_found' });
    expect(JSON.stringify(result)).not.toContain(tenantId);
    expect(result).toMatchObject({ reason: 'tenant_not_found', params: { aadsts: 90002 } });
  });

  it('maps an expired secret to expired (AADSTS7000222)', async () => {
    const account = registerAzure(standIns, 'expired_secret');
    const result = await runner().test('azure', account.credentials, account.config);
    expect(result).toMatchObject({ ok: false, errorKind: 'expired' });
    expect(result).toMatchObject({ reason: 'client_secret_expired', params: { aadsts: 7000222 } });
    expectNoSecret(result, account.secrets);
  });

  it('maps throttling (429) to rate_limited', async () => {
    const account = registerAzure(standIns);
    await standIns.azure.setMode('rate_limited');
    const result = await runner().test('azure', account.credentials, account.config);
    expect(result).toMatchObject({ ok: false, errorKind: 'rate_limited' });
    expect(result).toMatchObject({
      reason: 'rate_limited',
      params: { httpStatus: 429, aadsts: 90055, retryAfterSeconds: 30 },
      providerCode: 'AADSTS90055',
    });
  });

  it('maps a server error to provider_error in a single request (retries off)', async () => {
    const account = registerAzure(standIns);
    await standIns.azure.setMode('server_error');
    const before = standIns.azure.requests.length;
    const result = await runner().test('azure', account.credentials, account.config);
    expect(result).toMatchObject({ ok: false, errorKind: 'provider_error' });
    expect(result).toMatchObject({ reason: 'provider_server_error', params: { httpStatus: 500 } });
    expect(standIns.azure.requests.length - before).toBe(1);
  });

  it('ends at the deadline when discovery never answers (getToken ignores signals)', async () => {
    const account = registerAzure(standIns);
    await standIns.azure.setMode('hang');
    const { value, elapsedMs } = await timed(() =>
      runner().test('azure', account.credentials, account.config),
    );
    expect(value).toMatchObject({ ok: false, errorKind: 'timeout' });
    expect(value).toMatchObject({
      reason: 'deadline_exceeded',
      params: { deadlineMs: TEST_DEADLINE_MS },
    });
    expect(elapsedMs).toBeGreaterThanOrEqual(TEST_DEADLINE_MS - 50);
    expect(elapsedMs).toBeLessThan(TEST_DEADLINE_MS + 1_000);
  });

  it('ends at the deadline when the token endpoint never answers', async () => {
    const account = registerAzure(standIns, 'hang');
    const { value, elapsedMs } = await timed(() =>
      runner().test('azure', account.credentials, account.config),
    );
    expect(value).toMatchObject({ ok: false, errorKind: 'timeout' });
    expect(value).toMatchObject({
      reason: 'deadline_exceeded',
      params: { deadlineMs: TEST_DEADLINE_MS },
    });
    expect(elapsedMs).toBeLessThan(TEST_DEADLINE_MS + 1_000);
  });

  it('maps a refused connection to network', async () => {
    const account = registerAzure(standIns);
    await standIns.azure.setMode('unreachable');
    const result = await runner().test('azure', account.credentials, account.config);
    expect(result).toMatchObject({ ok: false, errorKind: 'network' });
    expect(result.reason).toBe('connection_refused');
  });

  it('maps an untrusted TLS certificate to network, naming the certificate problem', async () => {
    const account = registerAzure(standIns);
    const otherCa = await createTestCertificate();
    const untrusting = new ConnectionTestRunner({
      endpoints: { azureAuthorityHost: standIns.azure.authorityHost },
      fetch: fetchTrusting(otherCa.cert),
      deadlineMs: TEST_DEADLINE_MS,
    });
    const result = await untrusting.test('azure', account.credentials, account.config);
    expect(result).toMatchObject({ ok: false, errorKind: 'network' });
    expect(result.reason).toBe('certificate_untrusted');
  });

  it('stops at once when cancelled', async () => {
    const account = registerAzure(standIns, 'hang');
    const { value, elapsedMs } = await cancelledAfter(300, (signal) =>
      standIns
        .runner({ deadlineMs: 10_000 })
        .test('azure', account.credentials, account.config, { signal }),
    );
    expect(value).toMatchObject({ ok: false, errorKind: 'cancelled', reason: 'cancelled' });
    expect(elapsedMs).toBeLessThan(1_000);
  });
});
