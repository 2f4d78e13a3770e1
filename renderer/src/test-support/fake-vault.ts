import type { ConnectionTestResult } from '../../../shared/connection-test.ts';
import type { Integration } from '../../../shared/integration.ts';
import type { FakeHandlers } from './fake-main.ts';
import { listOf, makeIntegration, signedIn } from './fake-main.ts';

/*
 * Main's integration channels over one in-memory list, for renderer tests of whole workflows
 * (save and verify, fix and retry, discard). `test` decides each test's result from the
 * credentials last stored for the integration; `hold` makes tests wait until released or
 * cancelled, as a slow provider would.
 */

export type TestVerdict = (credentials: unknown) => ConnectionTestResult;

export const passed = (latencyMs = 120): ConnectionTestResult => ({
  ok: true,
  latencyMs,
  identity: null,
  errorKind: null,
  reason: 'accepted',
  params: {},
});

export const rejected = (): ConnectionTestResult => ({
  ok: false,
  latencyMs: 80,
  identity: null,
  errorKind: 'invalid_credentials',
  reason: 'key_rejected',
  params: { host: 'api.openai.com', httpStatus: 401 },
});

const cancelledResult = (): ConnectionTestResult => ({
  ok: false,
  latencyMs: 10,
  identity: null,
  errorKind: 'cancelled',
  reason: 'cancelled',
  params: {},
});

export interface FakeVault {
  integrations: Integration[];
  handlers: FakeHandlers;
  /** Makes the next tests wait (until `release` or a cancel). */
  hold(): void;
  release(): void;
}

export function createFakeVault(verdict: TestVerdict, initial: Integration[] = []): FakeVault {
  const integrations = [...initial];
  const credentials = new Map<string, unknown>();
  let holding = false;
  const waiting = new Map<string, (result: ConnectionTestResult | null) => void>();

  const find = (id: string) => integrations.find((integration) => integration.id === id)!;
  const record = (id: string, result: ConnectionTestResult) => {
    const row = find(id);
    if (result.errorKind === 'cancelled') return;
    row.status = result.ok ? 'connected' : 'error';
    row.errorCode = result.ok ? null : result.reason;
    row.lastVerifiedAt = new Date().toISOString();
  };
  /** The verdict, after a hold if one is set; a cancel ends it as cancelled. */
  const run = async (id: string, tested: unknown): Promise<ConnectionTestResult> => {
    if (holding) {
      const released = await new Promise<ConnectionTestResult | null>((resolve) =>
        waiting.set(id, resolve),
      );
      if (released) return released;
    }
    return verdict(tested);
  };

  const handlers: FakeHandlers = {
    'session:get-state': () => signedIn(),
    'integrations:list': () => listOf([...integrations]),
    'integrations:create': (input) => {
      const integration = makeIntegration({
        name: input.name,
        type: input.type,
        status: 'unverified',
        lastVerifiedAt: null,
      });
      integrations.push(integration);
      credentials.set(integration.id, input.credentials);
      return { integration, test: null };
    },
    'integrations:test': async ({ id }) => {
      const result = await run(id, credentials.get(id));
      record(id, result);
      return result;
    },
    'integrations:rotate': async (input) => {
      const result = await run(input.id, input.credentials);
      const saved = result.errorKind !== 'cancelled' && (result.ok || input.saveAnyway === true);
      if (saved) {
        credentials.set(input.id, input.credentials);
        record(input.id, result);
      }
      return { integration: find(input.id), test: result, saved };
    },
    'integrations:update': ({ id, name }) => {
      const row = find(id);
      if (name) row.name = name;
      return row;
    },
    'integrations:delete': ({ id }) => {
      integrations.splice(integrations.indexOf(find(id)), 1);
      credentials.delete(id);
      return { id };
    },
    'integrations:cancel-test': ({ id }) => {
      const resolve = waiting.get(id);
      waiting.delete(id);
      resolve?.(cancelledResult());
      return { cancelled: resolve !== undefined };
    },
  };

  return {
    integrations,
    handlers,
    hold: () => {
      holding = true;
    },
    release: () => {
      holding = false;
      for (const [id, resolve] of waiting) {
        waiting.delete(id);
        resolve(null);
      }
    },
  };
}
