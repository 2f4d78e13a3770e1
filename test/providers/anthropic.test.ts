import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionTestRunner } from '../../electron/main/connection/connection-test-runner.ts';
import { canaryAnthropicCredentials } from '../support/provider-stand-ins/canary-credentials.ts';
import { header } from '../support/provider-stand-ins/stand-in-server.ts';
import { testAllWithoutLeaks } from './support/key-canary.ts';
import { expectNoSecret } from './support/leak-check.ts';
import { registerAnthropic, startStandIns } from './support/stand-in-suite.ts';
import type { StandIns } from './support/stand-in-suite.ts';
import { TEST_DEADLINE_MS } from './support/timing.ts';

/*
 * Anthropic through the real `@anthropic-ai/sdk` against the stand-in of GET /v1/models, which
 * checks `x-api-key` and `anthropic-version` and answers with Anthropic's error bodies.
 */

let standIns: StandIns;
beforeAll(async () => {
  standIns = await startStandIns();
});
afterAll(() => standIns.close());

const runner = () => standIns.runner({ deadlineMs: TEST_DEADLINE_MS });
const host = () => new URL(standIns.anthropic.baseUrl).host;

describe('Anthropic connectivity test', () => {
  it('passes with a live key, sent once with the API version, and counts the models', async () => {
    const account = registerAnthropic(standIns);
    const result = await runner().test('anthropic', account.credentials, {});
    expect(result).toMatchObject({ ok: true, reason: 'accepted', identity: { modelCount: 2 } });
    const request = standIns.anthropic.requests.at(-1)!;
    expect(request.url.pathname).toBe('/v1/models');
    // The SDK sends an API key as a bearer token (x-api-key is the documented alternative).
    const sent = [request.headers['x-api-key'], request.headers.authorization];
    expect(sent.filter(Boolean)).toHaveLength(1);
    expect(sent.filter(Boolean)[0]).toMatch(
      new RegExp(`^(Bearer )?${account.credentials.apiKey}$`),
    );
    expect(request.headers['anthropic-version']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expectNoSecret(result, account.secrets);
  });

  it('maps 401 authentication_error to a rejected key, keeping only the type and request id', async () => {
    const wrong = canaryAnthropicCredentials();
    const result = await runner().test('anthropic', wrong, {});
    expect(result).toMatchObject({
      ok: false,
      errorKind: 'invalid_credentials',
      reason: 'key_rejected',
      params: { host: host(), httpStatus: 401 },
      providerCode: 'authentication_error',
    });
    expect(result.requestId).toMatch(/^req_/);
    expectNoSecret(result, [wrong.apiKey]);
  });

  it.each([
    ['forbidden', 'permission_denied', 'permission_denied', 403],
    ['rate_limited', 'rate_limited', 'rate_limited', 429],
    ['overloaded', 'provider_error', 'provider_overloaded', 529],
  ] as const)('maps %s to %s (%s)', async (behaviour, errorKind, reason, httpStatus) => {
    const account = registerAnthropic(standIns, { behaviour });
    const result = await runner().test('anthropic', account.credentials, {});
    expect(result).toMatchObject({ ok: false, errorKind, reason, params: { httpStatus } });
    if (behaviour === 'rate_limited') expect(result.params.retryAfterSeconds).toBe(30);
  });

  it('always calls api.anthropic.com in the app, whatever the environment says', () => {
    const saved = process.env.ANTHROPIC_BASE_URL;
    process.env.ANTHROPIC_BASE_URL = 'http://127.0.0.1:9';
    try {
      expect(new ConnectionTestRunner().requestHost('anthropic', {})).toBe('api.anthropic.com');
    } finally {
      if (saved === undefined) delete process.env.ANTHROPIC_BASE_URL;
      else process.env.ANTHROPIC_BASE_URL = saved;
    }
  });

  it('canary: a stored key, tested and failed, is only in Vault and the request', async () => {
    const account = registerAnthropic(standIns);
    const wrong = canaryAnthropicCredentials();
    const [good, bad] = await testAllWithoutLeaks({
      runner: runner(),
      type: 'anthropic',
      stored: [{ credentials: account.credentials }, { credentials: wrong }],
      secrets: [account.credentials.apiKey, wrong.apiKey],
      sent: () =>
        standIns.anthropic.requests.map(
          (r) => header(r, 'x-api-key') ?? header(r, 'authorization')?.replace(/^Bearer /, ''),
        ),
    });
    expect(good!.result.ok).toBe(true);
    expect(bad!.result.reason).toBe('key_rejected');
  });
});
