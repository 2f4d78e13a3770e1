/*
 * Runs in the page (bundled to an init script): builds `window.aterges` with the same
 * `createBridge` the real preload uses, over Playwright bindings instead of ipcRenderer.
 */
import { createBridge } from '../../../shared/ipc/bridge.ts';
import type { IpcResult } from '../../../shared/ipc/result.ts';

type Listener = (payload: unknown) => void;
const page = globalThis as unknown as {
  __atergesInvoke(channel: string, request: unknown): Promise<IpcResult<unknown>>;
  __atergesEmit?: (event: string, payload: unknown) => void;
  aterges?: unknown;
};

const listeners = new Map<string, Set<Listener>>();
page.__atergesEmit = (event, payload) => {
  for (const listener of listeners.get(event) ?? []) listener(payload);
};
page.aterges = createBridge({
  invoke: (channel, request) => page.__atergesInvoke(channel, request),
  subscribe: (event, listener) => {
    const set = listeners.get(event) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(event, set);
    return () => {
      set.delete(listener);
    };
  },
});
