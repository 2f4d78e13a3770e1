import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionTestRunner } from '../../electron/main/connection/connection-test-runner.ts';
import { canaryMistralCredentials } from '../support/provider-stand-ins/canary-credentials.ts';
import { testAllWithoutLeaks } from './support/key-canary.ts';
import { expectNoSecret } from './support/leak-check.ts';
import { registerMistral, startStandIns } from './support/stand-in-suite.ts';
import type { StandIns } from './support/stand-in-suite.ts';
import { TEST_DEADLINE_MS } from './support/timing.ts';

/*
 * Mistral through the real `@mistralai/mistralai` against the stand-in of GET /v1/models, which
 * checks the bearer key and answers with Mistral's error bodies.
 */

let standIns: StandIns;
beforeAll(async () => {
  standIns = await startStandIns();
});
afterAll(() => standIns.close());

const runner = () => standIns.runner({ deadlineMs: TEST_DEADLINE_MS });
const host = () => new URL(standIns.mistral.baseUrl).host;

describe('Mistral connectivity test', () => {
  it('passes with a live key, sent once as a bearer token, and counts the models', async () => {
    const account = registerMistral(standIns);
    const result = await runner().test('mistral', account.credentials, {});
    expect(result).toMatchObject({ ok: true, reason: 'accepted', identity: { modelCount: 2 } });
    const request = standIns.mistral.requests.at(-1)!;
    expect(request.url.pathname).toBe('/v1/models');
    expect(request.headers.authorization).toBe(`Bearer ${account.credentials.apiKey}`);
    expectNoSecret(result, account.secrets);
  });

  it('maps 401 to a rejected key, keeping only the request id', async () => {
    const wrong = canaryMistralCredentials();
    const result = await runner().test('mistral', wrong, {});
    expect(result).toMatchObject({
      ok: false,
      errorKind: 'invalid_credentials',
      reason: 'key_rejected',
      params: { host: host(), httpStatus: 401 },
    });
    expect(result.requestId).toMatch(/^[0-9a-f]{32}$/);
    expectNoSecret(result, [wrong.apiKey]);
  });

  it('maps a rate limit, a server error and an unreachable host', async () => {
    const limited = registerMistral(standIns, { behaviour: 'rate_limited' });
    expect(await runner().test('mistral', limited.credentials, {})).toMatchObject({
      errorKind: 'rate_limited',
      reason: 'rate_limited',
      params: { httpStatus: 429 },
      providerCode: 'rate_limited',
    });
    const account = registerMistral(standIns);
    await standIns.mistral.setMode('server_error');
    try {
      const result = await runner().test('mistral', account.credentials, {});
      expect(result).toMatchObject({
        reason: 'provider_server_error',
        params: { httpStatus: 500 },
      });
    } finally {
      await standIns.mistral.setMode('normal');
    }
    await standIns.mistral.setMode('unreachable');
    try {
      const refused = await runner().test('mistral', account.credentials, {});
      // Refused, or closed when a kept-alive connection of an earlier test was cut.
      expect(refused.errorKind).toBe('network');
      expect(['connection_refused', 'connection_closed']).toContain(refused.reason);
    } finally {
      await standIns.mistral.setMode('normal');
    }
  });

  it('ends a hanging test at the deadline', async () => {
    const account = registerMistral(standIns, { behaviour: 'hang' });
    const result = await standIns
      .runner({ deadlineMs: 300 })
      .test('mistral', account.credentials, {});
    expect(result).toMatchObject({ errorKind: 'timeout', reason: 'deadline_exceeded' });
  });

  it('always calls api.mistral.ai in the app', () => {
    expect(new ConnectionTestRunner().requestHost('mistral', {})).toBe('api.mistral.ai');
  });

  it('canary: a stored key, tested and failed, is only in Vault and the request (even with MISTRAL_DEBUG)', async () => {
    const saved = process.env.MISTRAL_DEBUG;
    process.env.MISTRAL_DEBUG = 'true';
    try {
      const account = registerMistral(standIns);
      const wrong = canaryMistralCredentials();
      const [good, bad] = await testAllWithoutLeaks({
        runner: runner(),
        type: 'mistral',
        stored: [{ credentials: account.credentials }, { credentials: wrong }],
        secrets: [account.credentials.apiKey, wrong.apiKey],
        sent: () =>
          standIns.mistral.requests.map((r) => r.headers.authorization?.replace(/^Bearer /, '')),
      });
      expect(good!.result.ok).toBe(true);
      expect(bad!.result.reason).toBe('key_rejected');
    } finally {
      if (saved === undefined) delete process.env.MISTRAL_DEBUG;
      else process.env.MISTRAL_DEBUG = saved;
    }
  });
});
