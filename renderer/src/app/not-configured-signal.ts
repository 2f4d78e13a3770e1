import { useSyncExternalStore } from 'react';

/**
 * Set when any bridge call fails with `not_configured` (no Supabase URL/anon key yet, or the
 * project refused the app's key). The query client's global error handlers raise it, so every
 * screen reacts the same way; the reason it was raised with says why, for the screen to word.
 */
export interface NotConfiguredSignal {
  raise: (reason?: string) => void;
  clear: () => void;
  get: () => boolean;
  /** Why, when the failure said (e.g. `api_key_refused`); null for "no project set". */
  reason: () => string | null;
  subscribe: (listener: () => void) => () => void;
}

export function createNotConfiguredSignal(): NotConfiguredSignal {
  let raised = false;
  let why: string | null = null;
  const listeners = new Set<() => void>();
  const set = (next: boolean, reason: string | null) => {
    if (raised === next && why === reason) return;
    raised = next;
    why = reason;
    for (const listener of listeners) listener();
  };
  return {
    raise: (reason) => set(true, reason && reason !== 'project_not_set' ? reason : null),
    clear: () => set(false, null),
    get: () => raised,
    reason: () => why,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useNotConfigured(signal: NotConfiguredSignal): boolean {
  return useSyncExternalStore(signal.subscribe, signal.get);
}
