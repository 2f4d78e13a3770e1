import { createBridge } from '../../../shared/ipc/bridge.ts';
import type { AtergesBridge } from '../../../shared/ipc/bridge.ts';
import type { IpcChannelName, IpcEventName } from '../../../shared/ipc/contract.ts';
import { ipcChannels } from '../../../shared/ipc/contract.ts';
import { LIST_CHANGING_CHANNELS } from '../../../shared/ipc/list-changing-channels.ts';
import { LOCKED_CHANNELS } from '../../../shared/ipc/locked-channels.ts';
import type { IpcResult } from '../../../shared/ipc/result.ts';
import { AppError } from '../../../shared/errors.ts';
import { createMockHandlers } from './mock-handlers.ts';

/*
 * DEVELOPMENT ONLY: an in-memory main process for looking at the UI without Electron. Loaded by
 * resolve-bridge.ts behind `import.meta.env.DEV`, so production bundles do not contain it.
 * It runs the real createBridge() and checks requests and replies against the real contract,
 * as main does, and like main pushes `integrations:changed` once after every successful write.
 * `?mock=signed-out|empty|offline|not-configured|no-keychain|locked` picks a scenario.
 */
export function createMockBridge(scenario: string | null): AtergesBridge {
  const listeners = new Map<IpcEventName, Set<(payload: unknown) => void>>();
  const emit = (event: IpcEventName, payload: unknown) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
  const handlers = createMockHandlers(scenario ?? 'demo', emit);

  return createBridge({
    async invoke(channel: IpcChannelName, request: unknown): Promise<IpcResult<unknown>> {
      const definition = ipcChannels[channel];
      try {
        // As main's gate: locked, only the unlock screen's channels answer.
        if (handlers.isLocked() && !LOCKED_CHANNELS.has(channel)) {
          throw new AppError('not_authenticated', 'app_locked');
        }
        const parsed = await definition.request.safeParseAsync(request);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new AppError('invalid_input', issue?.message ?? 'Invalid input.', {
            field: issue?.path.join('.'),
          });
        }
        const handler = handlers[channel] as (input: unknown) => unknown;
        const data = definition.response.parse(await handler(parsed.data));
        if (LIST_CHANGING_CHANNELS.has(channel)) {
          void Promise.resolve(handlers['integrations:list'](undefined)).then((list) =>
            emit('integrations:changed', list),
          );
        }
        return { ok: true, data };
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: error.toPayload() };
        console.error('[mock bridge]', channel, error);
        return { ok: false, error: { code: 'server_error', reason: 'unexpected_failure' } };
      }
    },
    subscribe(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  });
}
