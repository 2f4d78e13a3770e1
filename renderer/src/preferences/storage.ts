/*
 * UI preferences (language, theme) live in localStorage for now. Reads and writes never throw:
 * a blocked or full storage just means the default is used next time.
 */
export function readPreference(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writePreference(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Not fatal: the choice still applies until the app closes.
  }
}
