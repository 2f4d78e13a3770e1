import { describe, expect, it } from 'vitest';
import { createBridge, decodeBridgeError, methodNameOf } from './bridge.ts';
import { ipcChannels } from './contract.ts';
import type { IpcResult } from './result.ts';

describe('createBridge', () => {
  it('exposes one named method per channel and nothing that sends raw messages', () => {
    const bridge = createBridge({
      invoke: () => Promise.resolve({ ok: true, data: null }),
      subscribe: () => () => undefined,
    }) as unknown as Record<string, Record<string, unknown>>;
    for (const channel of Object.keys(ipcChannels)) {
      const { domain, method } = methodNameOf(channel);
      expect(typeof bridge[domain]?.[method], channel).toBe('function');
    }
    expect(Object.keys(bridge).sort()).toEqual([
      'activity',
      'app',
      'integrations',
      'lock',
      'on',
      'project',
      'session',
      'settings',
    ]);
    expect(methodNameOf('integrations:test-all')).toEqual({
      domain: 'integrations',
      method: 'testAll',
    });
  });

  it('sends the request on the channel and resolves with the data', async () => {
    const calls: [string, unknown][] = [];
    const bridge = createBridge({
      invoke: (channel, request) => {
        calls.push([channel, request]);
        return Promise.resolve({ ok: true, data: { cancelled: true } });
      },
      subscribe: () => () => undefined,
    });
    const id = '3b241101-e2bb-4255-8caf-4136c566a962';
    await expect(bridge.integrations.cancelTest({ id })).resolves.toEqual({ cancelled: true });
    expect(calls).toEqual([['integrations:cancel-test', { id }]]);
  });

  it('turns a failure into an error the renderer can decode, across the context bridge', async () => {
    const failure: IpcResult<never> = {
      ok: false,
      error: { code: 'invalid_input', reason: 'name_required', field: 'name' },
    };
    const bridge = createBridge({
      invoke: () => Promise.resolve(failure),
      subscribe: () => () => undefined,
    });
    const error: unknown = await bridge.integrations.list().catch((e: unknown) => e);
    // contextBridge keeps only the message of an Error: simulate that copy.
    const copied = new Error((error as Error).message);
    expect(decodeBridgeError(copied)).toEqual(failure.error);
    expect(decodeBridgeError(new Error('boom'))).toEqual({
      code: 'server_error',
      reason: 'unexpected_failure',
    });
  });

  it('subscriptions return an unsubscribe function and unknown events are refused', () => {
    const listeners = new Set<(payload: unknown) => void>();
    const bridge = createBridge({
      invoke: () => Promise.resolve({ ok: true, data: null }),
      subscribe: (_event, listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    });
    const unsubscribe = bridge.on('session:changed', () => undefined);
    expect(listeners.size).toBe(1);
    unsubscribe();
    expect(listeners.size).toBe(0);
    expect(() => bridge.on('nope:never' as 'session:changed', () => undefined)).toThrow(
      /Unknown event/,
    );
  });
});
