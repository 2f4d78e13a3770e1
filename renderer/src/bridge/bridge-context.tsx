import { createContext, useContext } from 'react';
import type { AtergesBridge } from '../../../shared/ipc/bridge.ts';

export const BridgeContext = createContext<AtergesBridge | null>(null);

/** The preload's `window.aterges`, provided once at the root so tests can pass their own. */
export function useBridge(): AtergesBridge {
  const bridge = useContext(BridgeContext);
  if (!bridge) throw new Error('useBridge needs a BridgeContext provider');
  return bridge;
}
