import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionTestRunner } from '../../electron/main/connection/connection-test-runner.ts';
import { canaryGeminiCredentials } from '../support/provider-stand-ins/canary-credentials.ts';
import { header } from '../support/provider-stand-ins/stand-in-server.ts';
import { testAllWithoutLeaks } from './support/key-canary.ts';
import { expectNoSecret } from './support/leak-check.ts';
import { registerGemini, startStandIns } from './support/stand-in-suite.ts';
import type { StandIns } from './support/stand-in-suite.ts';
import { TEST_DEADLINE_MS } from './support/timing.ts';

/*
 * The Gemini API through the real `@google/genai` against the stand-in of GET /v1beta/models,
 * which checks `x-goog-api-key` and answers with Google's error bodies (ErrorInfo reasons).
 */

let standIns: StandIns;
beforeAll(async () => {
  standIns = await startStandIns();
});
afterAll(() => standIns.close());

const runner = () => standIns.runner({ deadlineMs: TEST_DEADLINE_MS });
const host = () => new URL(standIns.gemini.baseUrl).host;

describe('Gemini API connectivity test', () => {
  it('passes with a live key, sent once in x-goog-api-key, and counts the models', async () => {
    const account = registerGemini(standIns);
    const result = await runner().test('gemini', account.credentials, {});
    expect(result).toMatchObject({ ok: true, reason: 'accepted', identity: { modelCount: 3 } });
    const request = standIns.gemini.requests.at(-1)!;
    expect(request.url.pathname).toBe('/v1beta/models');
    expect(request.url.searchParams.get('key')).toBeNull();
    expect(request.headers['x-goog-api-key']).toBe(account.credentials.apiKey);
    expect(request.headers.authorization).toBeUndefined();
    expectNoSecret(result, account.secrets);
  });

  it('maps 400 API_KEY_INVALID to a rejected key, keeping only the reason', async () => {
    const wrong = canaryGeminiCredentials();
    const result = await runner().test('gemini', wrong, {});
    expect(result).toMatchObject({
      ok: false,
      errorKind: 'invalid_credentials',
      reason: 'key_rejected',
      params: { host: host(), httpStatus: 400 },
      providerCode: 'API_KEY_INVALID',
    });
    expectNoSecret(result, [wrong.apiKey]);
  });

  it.each([
    ['service_disabled', 'permission_denied', 'api_not_enabled', 403, 'SERVICE_DISABLED'],
    ['suspended', 'permission_denied', 'key_suspended', 403, 'CONSUMER_SUSPENDED'],
    ['restricted', 'permission_denied', 'key_restricted', 403, 'API_KEY_ANDROID_APP_BLOCKED'],
    ['location', 'permission_denied', 'location_unsupported', 400, 'FAILED_PRECONDITION'],
    ['rate_limited', 'rate_limited', 'rate_limited', 429, 'RESOURCE_EXHAUSTED'],
  ] as const)('maps %s to %s (%s)', async (behaviour, errorKind, reason, httpStatus, code) => {
    const account = registerGemini(standIns, { behaviour });
    const result = await runner().test('gemini', account.credentials, {});
    expect(result).toMatchObject({ ok: false, errorKind, reason, params: { httpStatus } });
    expect(result.providerCode).toBe(code);
    if (behaviour === 'rate_limited') expect(result.params.retryAfterSeconds).toBe(27);
    expectNoSecret(result, account.secrets);
  });

  it('names a server error and an unreachable host', async () => {
    const account = registerGemini(standIns);
    await standIns.gemini.setMode('server_error');
    try {
      const result = await runner().test('gemini', account.credentials, {});
      expect(result).toMatchObject({
        reason: 'provider_server_error',
        params: { httpStatus: 500 },
      });
    } finally {
      await standIns.gemini.setMode('normal');
    }
    await standIns.gemini.setMode('unreachable');
    try {
      const refused = await runner().test('gemini', account.credentials, {});
      // Refused, or closed when a kept-alive connection of an earlier test was cut.
      expect(refused.errorKind).toBe('network');
      expect(['connection_refused', 'connection_closed']).toContain(refused.reason);
    } finally {
      await standIns.gemini.setMode('normal');
    }
  });

  it('always calls generativelanguage.googleapis.com in the app, whatever the environment says', () => {
    const saved = process.env.GOOGLE_GEMINI_BASE_URL;
    process.env.GOOGLE_GEMINI_BASE_URL = 'http://127.0.0.1:9';
    try {
      expect(new ConnectionTestRunner().requestHost('gemini', {})).toBe(
        'generativelanguage.googleapis.com',
      );
    } finally {
      if (saved === undefined) delete process.env.GOOGLE_GEMINI_BASE_URL;
      else process.env.GOOGLE_GEMINI_BASE_URL = saved;
    }
  });

  it('canary: stored keys, tested, failed and quoted back by Google, are only in Vault and the request', async () => {
    const good = registerGemini(standIns);
    // Google's 403 for a suspended key quotes the key in its message.
    const suspended = registerGemini(standIns, { behaviour: 'suspended' });
    const wrong = canaryGeminiCredentials();
    const outcomes = await testAllWithoutLeaks({
      runner: runner(),
      type: 'gemini',
      stored: [good, suspended, { credentials: wrong }],
      secrets: [good.credentials.apiKey, suspended.credentials.apiKey, wrong.apiKey],
      sent: () => standIns.gemini.requests.map((r) => header(r, 'x-goog-api-key')),
    });
    expect(outcomes.map((o) => o.result.reason)).toEqual([
      'accepted',
      'key_suspended',
      'key_rejected',
    ]);
  });
});
