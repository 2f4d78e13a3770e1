import { useSyncExternalStore } from 'react';

/**
 * Set when any bridge call fails with `not_configured` (no Supabase URL/anon key yet). The
 * query client's global error handlers raise it, so every screen reacts the same way.
 */
export interface NotConfiguredSignal {
  raise: () => void;
  clear: () => void;
  get: () => boolean;
  subscribe: (listener: () => void) => () => void;
}

export function createNotConfiguredSignal(): NotConfiguredSignal {
  let raised = false;
  const listeners = new Set<() => void>();
  const set = (next: boolean) => {
    if (raised === next) return;
    raised = next;
    for (const listener of listeners) listener();
  };
  return {
    raise: () => set(true),
    clear: () => set(false),
    get: () => raised,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useNotConfigured(signal: NotConfiguredSignal): boolean {
  return useSyncExternalStore(signal.subscribe, signal.get);
}
