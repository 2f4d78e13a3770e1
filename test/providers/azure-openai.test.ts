import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionTestRunner } from '../../electron/main/connection/connection-test-runner.ts';
import { canaryAzureOpenAiCredentials } from '../support/provider-stand-ins/canary-credentials.ts';
import { header } from '../support/provider-stand-ins/stand-in-server.ts';
import { testAllWithoutLeaks } from './support/key-canary.ts';
import { expectNoSecret } from './support/leak-check.ts';
import { registerAzureOpenAi, startStandIns } from './support/stand-in-suite.ts';
import type { StandIns } from './support/stand-in-suite.ts';
import { TEST_DEADLINE_MS } from './support/timing.ts';

/*
 * Azure OpenAI through the openai package's AzureOpenAI client against the stand-in of a
 * resource's GET /openai/models, which checks the `api-key` header and the API version and answers
 * with Azure's error bodies. The endpoint is an Azure host in the config; the seam replaces its
 * origin with the stand-in's.
 */

let standIns: StandIns;
beforeAll(async () => {
  standIns = await startStandIns();
});
afterAll(() => standIns.close());

const runner = () => standIns.runner({ deadlineMs: TEST_DEADLINE_MS });

describe('Azure OpenAI connectivity test', () => {
  it('passes with the resource key in api-key and the API version, and counts the models', async () => {
    const account = registerAzureOpenAi(standIns);
    const result = await runner().test('azure_openai', account.credentials, account.config);
    expect(result).toMatchObject({ ok: true, reason: 'accepted', identity: { modelCount: 2 } });
    const request = standIns.azureOpenAi.requests.at(-1)!;
    expect(request.url.pathname).toBe('/openai/models');
    expect(request.url.searchParams.get('api-version')).toBe('2024-10-21');
    expect(request.headers['api-key']).toBe(account.credentials.apiKey);
    expect(request.headers.authorization).toBeUndefined();
    expectNoSecret(result, account.secrets);
  });

  it('maps 401 to a rejected key, with the apim request id', async () => {
    const account = registerAzureOpenAi(standIns);
    const wrong = canaryAzureOpenAiCredentials();
    const result = await runner().test('azure_openai', wrong, account.config);
    expect(result).toMatchObject({
      ok: false,
      errorKind: 'invalid_credentials',
      reason: 'key_rejected',
      params: { httpStatus: 401 },
    });
    expect(result.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expectNoSecret(result, [wrong.apiKey]);
  });

  it('names an API version the resource does not serve', async () => {
    const account = registerAzureOpenAi(standIns, {}, '2019-01-01');
    const result = await runner().test('azure_openai', account.credentials, account.config);
    expect(result).toMatchObject({
      errorKind: 'invalid_format',
      reason: 'api_version_unsupported',
      params: { httpStatus: 400 },
      providerCode: 'BadRequest',
    });
  });

  it.each([
    ['forbidden', 'permission_denied', 'permission_denied', 403],
    ['rate_limited', 'rate_limited', 'rate_limited', 429],
  ] as const)('maps %s to %s (%s)', async (behaviour, errorKind, reason, httpStatus) => {
    const account = registerAzureOpenAi(standIns, { behaviour });
    const result = await runner().test('azure_openai', account.credentials, account.config);
    expect(result).toMatchObject({ ok: false, errorKind, reason, params: { httpStatus } });
    if (behaviour === 'rate_limited') expect(result.params.retryAfterSeconds).toBe(20);
  });

  it('refuses an endpoint that is not an Azure OpenAI host before any call', async () => {
    const account = registerAzureOpenAi(standIns);
    const before = standIns.azureOpenAi.requests.length;
    for (const endpoint of [
      'https://evil.example.com/',
      'http://aterges.openai.azure.com/',
      'https://aterges.openai.azure.com/openai/deployments/x',
      'https://aterges.openai.azure.com.evil.example/',
    ]) {
      const result = await runner().test('azure_openai', account.credentials, {
        ...account.config,
        endpoint,
      });
      expect(result, endpoint).toMatchObject({
        reason: 'config_invalid',
        params: { field: 'endpoint' },
      });
    }
    expect(standIns.azureOpenAi.requests).toHaveLength(before);
  });

  it('calls the configured resource host in the app, whatever the environment says', () => {
    const saved = process.env.AZURE_OPENAI_ENDPOINT;
    process.env.AZURE_OPENAI_ENDPOINT = 'http://127.0.0.1:9';
    try {
      const host = new ConnectionTestRunner().requestHost('azure_openai', {
        endpoint: 'https://aterges.openai.azure.com',
        apiVersion: '2024-10-21',
      });
      expect(host).toBe('aterges.openai.azure.com');
    } finally {
      if (saved === undefined) delete process.env.AZURE_OPENAI_ENDPOINT;
      else process.env.AZURE_OPENAI_ENDPOINT = saved;
    }
  });

  it('canary: a stored key, tested and failed, is only in Vault and the request', async () => {
    const account = registerAzureOpenAi(standIns);
    const wrong = canaryAzureOpenAiCredentials();
    const [good, bad] = await testAllWithoutLeaks({
      runner: runner(),
      type: 'azure_openai',
      stored: [account, { credentials: wrong, config: account.config }],
      secrets: [account.credentials.apiKey, wrong.apiKey],
      sent: () => standIns.azureOpenAi.requests.map((r) => header(r, 'api-key')),
    });
    expect(good!.result.ok).toBe(true);
    expect(bad!.result.reason).toBe('key_rejected');
  });
});
