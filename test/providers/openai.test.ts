import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { canaryOpenAiCredentials } from '../support/provider-stand-ins/canary-credentials.ts';
import { expectNoSecret } from './support/leak-check.ts';
import { registerOpenAi, startStandIns } from './support/stand-in-suite.ts';
import type { StandIns } from './support/stand-in-suite.ts';
import { TEST_DEADLINE_MS, cancelledAfter, timed } from './support/timing.ts';

/*
 * OpenAI through the real `openai` SDK against the local stand-in of GET /v1/models. The stand-in
 * checks the bearer key, so a pass proves this exact key was sent.
 */

let standIns: StandIns;
beforeAll(async () => {
  standIns = await startStandIns();
});
afterAll(() => standIns.close());
afterEach(() => standIns.openai.setMode('normal'));

const runner = () => standIns.runner({ deadlineMs: TEST_DEADLINE_MS });

describe('OpenAI connectivity test', () => {
  it('passes with a valid key and reports the organization and the model count', async () => {
    const account = registerOpenAi(standIns, {
      organization: 'org-AtergesOrg123',
      models: ['gpt-4o-mini', 'gpt-4o'],
    });
    const result = await runner().test('openai', account.credentials, account.config);
    expect(result).toMatchObject({
      ok: true,
      errorKind: null,
      identity: { organization: 'org-AtergesOrg123', modelCount: 2 },
    });
    expect(result.identity).toMatchObject({ organization: 'org-AtergesOrg123' });
    const request = standIns.openai.requests.at(-1)!;
    expect(request.headers.authorization).toBe(`Bearer ${account.credentials.apiKey}`);
    expectNoSecret(result, account.secrets);
  });

  it('sends the configured organization and project and ignores OPENAI_* environment variables', async () => {
    const account = registerOpenAi(standIns, {
      organization: 'org-AtergesOrg456',
      project: 'proj_AtergesProj1',
    });
    const saved = { ...process.env };
    process.env.OPENAI_BASE_URL = 'http://127.0.0.1:9/v1';
    process.env.OPENAI_ORG_ID = 'org-FromTheEnvironment';
    process.env.OPENAI_PROJECT_ID = 'proj_FromTheEnvironment';
    try {
      const result = await runner().test('openai', account.credentials, {
        ...account.config,
        organization: 'org-AtergesOrg456',
        project: 'proj_AtergesProj1',
      });
      expect(result.ok).toBe(true);
      expect(result.identity).toMatchObject({ project: 'proj_AtergesProj1' });
      const request = standIns.openai.requests.at(-1)!;
      expect(request.headers['openai-organization']).toBe('org-AtergesOrg456');
      expect(request.headers['openai-project']).toBe('proj_AtergesProj1');
    } finally {
      process.env = saved;
    }
  });

  it('maps a wrong key to invalid_credentials, without the key fragment OpenAI echoes', async () => {
    registerOpenAi(standIns);
    const wrong = canaryOpenAiCredentials();
    const before = standIns.openai.requests.length;
    const result = await runner().test('openai', wrong, { baseUrl: standIns.openai.baseUrl });
    expect(result).toMatchObject({ ok: false, errorKind: 'invalid_credentials', identity: null });
    expect(result).toMatchObject({ reason: 'key_rejected', providerCode: 'invalid_api_key' });
    expect(JSON.stringify(result)).not.toContain(wrong.apiKey.slice(-4));
    expectNoSecret(result, [wrong.apiKey]);
    // No retry of an authentication error.
    expect(standIns.openai.requests.length - before).toBe(1);
  });

  it('maps a key of a deactivated account (OpenAI keys do not expire) to permission_denied', async () => {
    const account = registerOpenAi(standIns, {
      organization: 'org-Deactivated1',
      behaviour: 'deactivated',
    });
    const result = await runner().test('openai', account.credentials, account.config);
    expect(result).toMatchObject({ ok: false, errorKind: 'permission_denied' });
    expect(result.reason).toBe('account_deactivated');
    expectNoSecret(result, account.secrets);
  });

  it('maps an organization that is not the key’s to permission_denied', async () => {
    const account = registerOpenAi(standIns, { organization: 'org-TheRealOrg01' });
    const result = await runner().test('openai', account.credentials, {
      ...account.config,
      organization: 'org-SomeoneElse1',
    });
    expect(result).toMatchObject({ ok: false, errorKind: 'permission_denied' });
    expect(result.reason).toBe('organization_mismatch');
  });

  it('maps a restricted key without the models scope (403) to permission_denied', async () => {
    const account = registerOpenAi(standIns, {
      organization: 'org-Restricted1',
      behaviour: 'missing_scopes',
    });
    const result = await runner().test('openai', account.credentials, account.config);
    expect(result).toMatchObject({ ok: false, errorKind: 'permission_denied' });
    expect(result.reason).toBe('permission_denied');
    expect(JSON.stringify(result)).not.toContain('api.model.read');
  });

  it('maps rate limiting and an exhausted quota (429) to rate_limited, in one request', async () => {
    const account = registerOpenAi(standIns);
    await standIns.openai.setMode('rate_limited');
    const before = standIns.openai.requests.length;
    const limited = await runner().test('openai', account.credentials, account.config);
    expect(limited).toMatchObject({ ok: false, errorKind: 'rate_limited' });
    expect(limited).toMatchObject({ reason: 'rate_limited', params: { retryAfterSeconds: 20 } });
    expect(standIns.openai.requests.length - before).toBe(1);
    await standIns.openai.setMode('normal');

    const broke = registerOpenAi(standIns, { organization: 'org-NoQuota0001', behaviour: 'quota' });
    const quota = await runner().test('openai', broke.credentials, broke.config);
    expect(quota).toMatchObject({ ok: false, errorKind: 'rate_limited' });
    expect(quota.reason).toBe('quota_exhausted');
  });

  it('maps a server error to provider_error without retrying', async () => {
    const account = registerOpenAi(standIns);
    await standIns.openai.setMode('server_error');
    const before = standIns.openai.requests.length;
    const result = await runner().test('openai', account.credentials, account.config);
    expect(result).toMatchObject({ ok: false, errorKind: 'provider_error' });
    expect(result).toMatchObject({ reason: 'provider_server_error', params: { httpStatus: 500 } });
    expect(standIns.openai.requests.length - before).toBe(1);
  });

  it('ends at the deadline when OpenAI never answers', async () => {
    const account = registerOpenAi(standIns);
    await standIns.openai.setMode('hang');
    const { value, elapsedMs } = await timed(() =>
      runner().test('openai', account.credentials, account.config),
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
    const account = registerOpenAi(standIns);
    await standIns.openai.setMode('unreachable');
    const result = await runner().test('openai', account.credentials, account.config);
    expect(result).toMatchObject({ ok: false, errorKind: 'network', reason: 'connection_refused' });
    expect(result.params.host).toContain('127.0.0.1');
  });

  it('stops at once when cancelled', async () => {
    const account = registerOpenAi(standIns);
    await standIns.openai.setMode('hang');
    const { value, elapsedMs } = await cancelledAfter(200, (signal) =>
      standIns
        .runner({ deadlineMs: 10_000 })
        .test('openai', account.credentials, account.config, { signal }),
    );
    expect(value).toMatchObject({ ok: false, errorKind: 'cancelled', reason: 'cancelled' });
    expect(elapsedMs).toBeLessThan(1_000);
  });
});
