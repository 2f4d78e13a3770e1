import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionTestRunner } from '../../electron/main/connection/connection-test-runner.ts';
import { ConnectionService } from '../../electron/main/connection/connection-service.ts';
import type { StatusChangedEvent } from '../../electron/main/connection/connection-service.ts';
import { OPENAI_COMPATIBLE_PRESETS } from '../../shared/providers/openai-compatible.ts';
import type { OpenAiCompatiblePreset } from '../../shared/providers/openai-compatible.ts';
import { serializeCredentials } from '../../shared/stored-credentials.ts';
import { canaryOpenAiCompatibleCredentials } from '../support/provider-stand-ins/canary-credentials.ts';
import { InMemoryVault } from './support/in-memory-vault.ts';
import { captureConsole, expectNoSecret } from './support/leak-check.ts';
import { registerOpenAiCompatible, startStandIns } from './support/stand-in-suite.ts';
import type { StandIns } from './support/stand-in-suite.ts';
import { TEST_DEADLINE_MS } from './support/timing.ts';

/*
 * OpenAI-compatible services through the real `openai` SDK, each preset against a stand-in that
 * checks the bearer key on the preset's own path and answers with that service's error body (see
 * openai-compatible-stand-in.ts for the sources). A pass proves this exact key was sent there.
 */

let standIns: StandIns;
beforeAll(async () => {
  standIns = await startStandIns();
});
afterAll(() => standIns.close());

const runner = () => standIns.runner({ deadlineMs: TEST_DEADLINE_MS });
const PRESETS = Object.keys(OPENAI_COMPATIBLE_PRESETS) as OpenAiCompatiblePreset[];

describe('OpenAI-compatible presets', () => {
  it.each(PRESETS)('%s: a working key passes on the preset’s own path', async (preset) => {
    const account = registerOpenAiCompatible(standIns, preset);
    const result = await runner().test('openai_compatible', account.credentials, account.config);
    expect(result).toMatchObject({ ok: true, errorKind: null, reason: 'accepted' });
    if (preset !== 'openrouter') expect(result.identity).toEqual({ modelCount: 2 });
    const request = standIns.compatible[preset].requests.at(-1)!;
    const path = new URL(OPENAI_COMPATIBLE_PRESETS[preset].baseUrl).pathname;
    // OpenRouter's model list needs no key, so its test reads the key's own record instead.
    expect(request.url.pathname).toBe(`${path}${preset === 'openrouter' ? '/key' : '/models'}`);
    expect(request.headers.authorization).toBe(`Bearer ${account.credentials.apiKey}`);
    expectNoSecret(result, account.secrets);
  });

  it.each(PRESETS)(
    '%s: a key the service does not know is a rejected key, whatever its status and body',
    async (preset) => {
      registerOpenAiCompatible(standIns, preset);
      const wrong = canaryOpenAiCompatibleCredentials();
      const result = await runner().test('openai_compatible', wrong, { preset });
      expect(result).toMatchObject({
        ok: false,
        errorKind: 'invalid_credentials',
        reason: 'key_rejected',
        params: {
          host: new URL(standIns.compatible[preset].origin).host,
          httpStatus: preset === 'xai' ? 400 : 401,
        },
      });
      // The services quote part of the key in their text; none of it is kept.
      expectNoSecret(result, [wrong.apiKey, wrong.apiKey.slice(-4)]);
    },
  );

  it('DeepSeek without credit (402) is an exhausted quota', async () => {
    const account = registerOpenAiCompatible(standIns, 'deepseek', { behaviour: 'no_credit' });
    const result = await runner().test('openai_compatible', account.credentials, account.config);
    expect(result).toMatchObject({ errorKind: 'rate_limited', reason: 'quota_exhausted' });
    expect(result.params).toMatchObject({ httpStatus: 402 });
  });

  it('a preset fixes the host: without the tests’ seam it is the service’s real host', () => {
    const app = new ConnectionTestRunner();
    for (const preset of PRESETS) {
      expect(app.requestHost('openai_compatible', { preset })).toBe(
        new URL(OPENAI_COMPATIBLE_PRESETS[preset].baseUrl).host,
      );
    }
    expect(
      app.requestHost('openai_compatible', { preset: 'custom', baseUrl: 'https://llm.example/v1' }),
    ).toBe('llm.example');
  });

  it('a base URL cannot come with a preset, and a custom one must be https or this machine', async () => {
    const key = canaryOpenAiCompatibleCredentials();
    const withUrl = await runner().test('openai_compatible', key, {
      preset: 'groq',
      baseUrl: 'https://attacker.example/v1',
    });
    expect(withUrl).toMatchObject({ reason: 'config_invalid', params: { field: 'baseUrl' } });
    const plainHttp = await runner().test('openai_compatible', key, {
      preset: 'custom',
      baseUrl: 'http://gateway.example/v1',
    });
    expect(plainHttp).toMatchObject({ reason: 'config_invalid', params: { field: 'baseUrl' } });
    const missing = await runner().test('openai_compatible', key, { preset: 'custom' });
    expect(missing).toMatchObject({ reason: 'config_invalid', params: { field: 'baseUrl' } });
    expect(
      standIns.compatible.groq.requests.some((r) => r.headers.authorization?.includes(key.apiKey)),
    ).toBe(false);
  });

  it('a custom gateway on this machine (http://127.0.0.1) is tested like OpenAI', async () => {
    const account = registerOpenAiCompatible(standIns, 'custom');
    expect(account.config.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const result = await runner().test('openai_compatible', account.credentials, account.config);
    expect(result).toMatchObject({ ok: true, identity: { modelCount: 2 } });
  });
});

describe('canary: the key is in Vault and in the provider request, nowhere else', () => {
  it.each(['groq', 'xai', 'custom'] as const)(
    '%s: a stored key, tested and failed, leaves no fragment in results, events, statuses or logs',
    async (flavor) => {
      const vault = new InMemoryVault();
      const events: StatusChangedEvent[] = [];
      const service = new ConnectionService({
        vault,
        runner: runner(),
        onStatusChanged: (event) => events.push(event),
      });
      const account = registerOpenAiCompatible(standIns, flavor);
      const wrong = canaryOpenAiCompatibleCredentials();
      const good = vault.seed(
        'openai_compatible',
        serializeCredentials('openai_compatible', account.credentials),
        { config: account.config },
      );
      const bad = vault.seed(
        'openai_compatible',
        serializeCredentials('openai_compatible', wrong),
        {
          config: account.config,
        },
      );
      const console = captureConsole();
      try {
        const outcomes = await service.testAll();
        expect(outcomes.find((o) => o.integrationId === good.id)?.result.ok).toBe(true);
        expect(outcomes.find((o) => o.integrationId === bad.id)?.result.reason).toBe(
          'key_rejected',
        );
        const secrets = [account.credentials.apiKey, wrong.apiKey];
        expectNoSecret(outcomes, secrets);
        expectNoSecret(events, secrets);
        expectNoSecret(vault.statusWrites, secrets);
        expectNoSecret(vault.events, secrets);
        expectNoSecret(await vault.list(), secrets);
        expectNoSecret(console.text(), secrets);
        // Where it does go: the Authorization header of the request to that service.
        const sent = standIns.compatible[flavor].requests.map((r) => r.headers.authorization);
        expect(sent).toContain(`Bearer ${account.credentials.apiKey}`);
        expect(sent).toContain(`Bearer ${wrong.apiKey}`);
      } finally {
        console.stop();
      }
    },
  );
});
