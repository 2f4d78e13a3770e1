import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('languagechange', onChange);
  return () => window.removeEventListener('languagechange', onChange);
}

/** The OS language as Chromium reports it, followed live (the `system` language choice). */
export function useSystemLocale(): string | undefined {
  return useSyncExternalStore(subscribe, () => globalThis.navigator?.language);
}
