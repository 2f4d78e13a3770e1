import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from '../../shared/ipc/bridge.ts';
import type { IpcResult } from '../../shared/ipc/result.ts';

/*
 * Exposes `window.aterges`: one named method per contract channel, built by the same
 * `createBridge` the end-to-end harness uses. Raw `ipcRenderer` never reaches the page, and
 * listeners get only the payload, never the IPC event (it carries `sender`).
 * https://www.electronjs.org/docs/latest/tutorial/security#20-do-not-expose-electron-apis-to-untrusted-web-content
 */
const bridge = createBridge({
  invoke: (channel, request) => ipcRenderer.invoke(channel, request) as Promise<IpcResult<unknown>>,
  subscribe: (event, listener) => {
    const forward = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
});

contextBridge.exposeInMainWorld('aterges', bridge);
