import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { canaryGoogleAccount } from '../support/provider-stand-ins/canary-credentials.ts';
import { expectNoSecret } from './support/leak-check.ts';
import { registerGoogle, startStandIns } from './support/stand-in-suite.ts';
import type { StandIns } from './support/stand-in-suite.ts';
import { TEST_DEADLINE_MS, cancelledAfter, timed } from './support/timing.ts';

/*
 * Google Cloud through the real google-auth-library JWT client against the local token endpoint,
 * which verifies the RS256 assertion with the service account's public key.
 */

let standIns: StandIns;
beforeAll(async () => {
  standIns = await startStandIns();
});
afterAll(() => standIns.close());
afterEach(async () => {
  standIns.google.clockOffsetMs = 0;
  await standIns.google.setMode('normal');
});

const runner = () => standIns.runner({ deadlineMs: TEST_DEADLINE_MS });

describe('Google Cloud connectivity test', () => {
  it('passes with a valid key and reports client_email and project_id', async () => {
    const account = registerGoogle(standIns);
    const result = await runner().test('google_cloud', account.credentials, account.config);
    expect(result).toMatchObject({
      ok: true,
      errorKind: null,
      identity: {
        clientEmail: account.credentials.client_email,
        projectId: account.credentials.project_id,
      },
    });
    expect(standIns.google.scopes.at(-1)).toBe('https://www.googleapis.com/auth/cloud-platform');
    expectNoSecret(result, account.secrets);
  });

  it('maps a key that is not the account’s (rotated or deleted) to invalid_credentials', async () => {
    const account = registerGoogle(standIns);
    const otherKey = canaryGoogleAccount().credentials.private_key;
    const before = standIns.google.requests.length;
    const result = await runner().test(
      'google_cloud',
      { ...account.credentials, private_key: otherKey },
      account.config,
    );
    expect(result).toMatchObject({ ok: false, errorKind: 'invalid_credentials' });
    expect(result.reason).toBe('key_signature_rejected');
    expect(standIns.google.requests.length - before).toBe(1);
    expectNoSecret(result, [otherKey, account.credentials.private_key]);
  });

  it('maps an unknown (deleted) service account to not_found', async () => {
    const { credentials } = canaryGoogleAccount();
    const result = await runner().test('google_cloud', credentials, {});
    expect(result).toMatchObject({ ok: false, errorKind: 'not_found' });
    expect(result.reason).toBe('service_account_not_found');
    expectNoSecret(result, [credentials.private_key]);
  });

  it('maps an assertion outside its time window (clock skew) to expired', async () => {
    const account = registerGoogle(standIns);
    standIns.google.clockOffsetMs = 2 * 60 * 60_000;
    const result = await runner().test('google_cloud', account.credentials, account.config);
    expect(result).toMatchObject({ ok: false, errorKind: 'expired' });
    expect(result.reason).toBe('clock_skew');
  });

  it('maps rate limiting (429) to rate_limited', async () => {
    const account = registerGoogle(standIns);
    await standIns.google.setMode('rate_limited');
    const result = await runner().test('google_cloud', account.credentials, account.config);
    expect(result).toMatchObject({ ok: false, errorKind: 'rate_limited' });
    expect(result).toMatchObject({
      reason: 'rate_limited',
      params: { host: 'oauth2.googleapis.com', httpStatus: 429, retryAfterSeconds: 30 },
    });
  });

  it('maps a server error to provider_error in a single request (retries off)', async () => {
    const account = registerGoogle(standIns);
    await standIns.google.setMode('server_error');
    const before = standIns.google.requests.length;
    const result = await runner().test('google_cloud', account.credentials, account.config);
    expect(result).toMatchObject({ ok: false, errorKind: 'provider_error' });
    expect(result).toMatchObject({ reason: 'provider_server_error', params: { httpStatus: 503 } });
    expect(standIns.google.requests.length - before).toBe(1);
  });

  it('ends at the deadline when the token endpoint never answers', async () => {
    const account = registerGoogle(standIns);
    await standIns.google.setMode('hang');
    const { value, elapsedMs } = await timed(() =>
      runner().test('google_cloud', account.credentials, account.config),
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
    const account = registerGoogle(standIns);
    await standIns.google.setMode('unreachable');
    const result = await runner().test('google_cloud', account.credentials, account.config);
    expect(result).toMatchObject({ ok: false, errorKind: 'network' });
    expect(result.reason).toBe('connection_refused');
  });

  it('stops at once when cancelled', async () => {
    const account = registerGoogle(standIns, 'hang');
    const { value, elapsedMs } = await cancelledAfter(200, (signal) =>
      standIns
        .runner({ deadlineMs: 10_000 })
        .test('google_cloud', account.credentials, account.config, { signal }),
    );
    expect(value).toMatchObject({ ok: false, errorKind: 'cancelled', reason: 'cancelled' });
    expect(elapsedMs).toBeLessThan(1_000);
  });
});
