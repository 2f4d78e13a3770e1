/// <reference types="vite/client" />
import type { AtergesBridge } from '../../shared/ipc/bridge.ts';

declare global {
  interface Window {
    /**
     * Exposed by the preload through contextBridge. Optional on purpose: the renderer must check
     * for it and show a fatal error rather than crash when the preload did not run.
     */
    readonly aterges?: AtergesBridge;
  }
}
