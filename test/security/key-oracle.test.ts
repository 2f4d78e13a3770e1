import { TEST_AUTH_SETTINGS } from '../support/test-auth-settings.ts';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionTestRunner } from '../../electron/main/connection/connection-test-runner.ts';
import { createLogger } from '../../electron/main/logging/logger.ts';
import { memorySink } from '../../electron/main/logging/sinks.ts';
import type { LocalStack } from '../../supabase/local/stack.ts';
import { startLocalStack } from '../../supabase/local/stack.ts';
import type { MainProcess } from '../e2e/harness/main-process.ts';
import { startMainProcess } from '../e2e/harness/main-process.ts';
import { testKeychain } from '../support/core-harness.ts';
import { OpenAiStandIn } from '../support/provider-stand-ins/openai-stand-in.ts';
import { createTestUser } from '../support/supabase-users.ts';
import type { SupabaseTarget } from '../support/supabase-target.ts';

/*
 * Issue #9, attack 1, replayed as a compromised page would: only IPC calls and their answers.
 * Before the fix, the page set an OpenAI integration's organization to a probe, pressed Test, and
 * OpenAI's 401 quoted the probe back ("No such organization: …"); the app redacted the 4-character
 * runs of that text that occur in the stored key and showed the rest, so which part of the probe
 * vanished told the page whether a 4-gram was in the key. A 48-character key came back whole.
 */

const ORIGIN = 'http://127.0.0.1:1';
const senderEvent = { senderFrame: { url: `${ORIGIN}/index.html`, parent: null } };

let stack: LocalStack;
let openai: OpenAiStandIn;
let main: MainProcess;
const sink = memorySink();
const KEY = `sk-proj-${randomBytes(36).toString('base64url')}`;
const ORGANIZATION = `org-${randomBytes(12).toString('hex')}`;

async function call<T = unknown>(channel: string, request?: unknown): Promise<T> {
  const reply = await main.dispatch(channel, senderEvent, request);
  return reply as T;
}

beforeAll(async () => {
  [stack, openai] = await Promise.all([
    startLocalStack({ authSettings: TEST_AUTH_SETTINGS }),
    OpenAiStandIn.start(),
  ]);
  openai.addKey(KEY, { organization: ORGANIZATION });
  const target: SupabaseTarget = {
    kind: 'local',
    ...stack,
    local: stack,
    stop: () => stack.stop(),
  };
  const user = await createTestUser(target, { label: 'oracle' });
  main = await startMainProcess({
    env: { stack, origin: ORIGIN, runner: () => new ConnectionTestRunner({ deadlineMs: 5_000 }) },
    dataDir: mkdtempSync(join(tmpdir(), 'aterges-oracle-')),
    keychain: await testKeychain(),
    logger: createLogger({ level: 'debug', sinks: [sink.sink] }),
    deliver: () => undefined,
  });
  await call('session:sign-in', { email: user.email, password: user.password });
}, 120_000);

afterAll(async () => {
  await main?.stop();
  await Promise.allSettled([openai?.close(), stack?.stop()]);
});

describe('a page probing a stored OpenAI key through the organization header', () => {
  it('cannot change the organization (or project, or base URL) of a stored key', async () => {
    const created = await call<{ ok: true; data: { integration: { id: string } } }>(
      'integrations:create',
      {
        type: 'openai',
        name: 'Production OpenAI',
        credentials: { apiKey: KEY },
        config: { baseUrl: openai.baseUrl, organization: ORGANIZATION },
        verify: true,
      },
    );
    expect(created.ok).toBe(true);
    const id = created.data.integration.id;
    for (const config of [
      {
        baseUrl: openai.baseUrl,
        organization: `org-${KEY.slice(-12).replace(/[^A-Za-z0-9]/g, 'x')}`,
      },
      { baseUrl: openai.baseUrl, organization: ORGANIZATION, project: 'proj_abcdefgh12' },
      { baseUrl: 'https://attacker.example/v1', organization: ORGANIZATION },
    ]) {
      const reply = await call<{ ok: boolean; error?: { code: string; field?: string } }>(
        'integrations:update',
        { id, config },
      );
      expect(reply.ok).toBe(false);
      expect(reply.error?.code).toBe('invalid_input');
      expect(reply.error?.field).toMatch(/^config\./);
    }
    const stored = await call<{ ok: true; data: { config: Record<string, unknown> } }>(
      'integrations:get',
      { id },
    );
    expect(stored.data.config).toEqual({ baseUrl: openai.baseUrl, organization: ORGANIZATION });
  });

  it('learns nothing from a test whose organization overlaps the key versus one that does not', async () => {
    // Even where a probe reaches the provider (a new integration made with that organization and
    // the key, as the stand-in's 401 quotes the header), the answers must not differ.
    const runner = new ConnectionTestRunner({ deadlineMs: 5_000 });
    const observe = async (organization: string) => {
      const result = await runner.test(
        'openai',
        { apiKey: KEY },
        { baseUrl: openai.baseUrl, organization },
      );
      const { latencyMs: _latency, requestId: _requestId, ...stable } = result;
      return stable;
    };
    // A probe made of key characters, and one of the same shape that shares nothing with the key.
    const matching = `org-${KEY.slice(8, 20).replace(/[^A-Za-z0-9]/g, 'A')}`;
    const unrelated = `org-${'Z9'.repeat(6)}`;
    const [a, b] = [await observe(matching), await observe(unrelated)];
    expect(a).toEqual(b);
    expect(a.reason).toBe('organization_mismatch');
    const text = JSON.stringify(a);
    expect(text).not.toContain(matching.slice(4));
    expect(text).not.toMatch(/No such organization|Incorrect API key/);
  });

  it('stores and audits a failed test as a code, with no provider text and nothing of the key', async () => {
    const created = await call<{ ok: true; data: { integration: { id: string } } }>(
      'integrations:create',
      {
        type: 'openai',
        name: 'Mismatched organization',
        credentials: { apiKey: KEY },
        config: { baseUrl: openai.baseUrl, organization: 'org-UnknownToOpenAi123' },
        verify: true,
      },
    );
    const id = created.data.integration.id;
    const listed = await call<{ ok: true; data: { integrations: Record<string, unknown>[] } }>(
      'integrations:list',
    );
    const row = listed.data.integrations.find((integration) => integration.id === id)!;
    expect(row.status).toBe('error');
    expect(row.errorCode).toBe('organization_mismatch');
    expect(row.errorMessage).toBe('The connection test failed (organization_mismatch).');
    const events = await call<{ ok: true; data: unknown }>('activity:list', {
      filter: { integrationId: id },
    });
    const observed = JSON.stringify([row.errorMessage, row.errorCode, events.data, sink.text()]);
    expect(observed).not.toContain('No such organization');
    expect(observed).not.toContain('UnknownToOpenAi123');
    for (let i = 0; i + 6 <= KEY.length; i += 1)
      expect(observed).not.toContain(KEY.slice(i, i + 6));
  });

  it('answers an eleventh test of one integration within a minute with the wait', async () => {
    const created = await call<{ ok: true; data: { integration: { id: string } } }>(
      'integrations:create',
      {
        type: 'openai',
        name: 'Rate limited',
        credentials: { apiKey: KEY },
        config: { baseUrl: openai.baseUrl },
        verify: false,
      },
    );
    const id = created.data.integration.id;
    for (let i = 0; i < 10; i += 1) {
      const reply = await call<{ ok: boolean }>('integrations:test', { id });
      expect(reply.ok).toBe(true);
    }
    const refused = await call<{
      ok: boolean;
      error?: { code: string; reason?: string; params?: { retryAfterSeconds?: number } };
    }>('integrations:test', { id });
    expect(refused.ok).toBe(false);
    expect(refused.error?.code).toBe('rate_limited');
    expect(refused.error?.reason).toBe('too_many_tests');
    expect(refused.error?.params?.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.error?.params?.retryAfterSeconds).toBeLessThanOrEqual(60);
  });
});
