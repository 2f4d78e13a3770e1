import type { UiPreferences } from '../../../shared/app-settings.ts';
import { LANGUAGES, THEMES } from '../../../shared/app-settings.ts';

/*
 * Language and theme are kept by main (`settings:set-preferences`). This localStorage copy is
 * only a first-paint cache: main.tsx reads it before the bridge answers, so the window does not
 * flash the wrong theme or language. Reads and writes never throw: a blocked or full storage just
 * means the defaults until main's settings arrive.
 */
const LANGUAGE_KEY = 'aterges.language';
const THEME_KEY = 'aterges.theme';

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Not fatal: main has the choice; only the next first paint may differ.
  }
}

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  (values as readonly (string | null)[]).includes(value) ? (value as T) : fallback;

export function readCachedPreferences(): UiPreferences {
  return {
    language: oneOf(LANGUAGES, read(LANGUAGE_KEY), 'system'),
    theme: oneOf(THEMES, read(THEME_KEY), 'system'),
  };
}

export function cachePreferences(preferences: UiPreferences): void {
  write(LANGUAGE_KEY, preferences.language);
  write(THEME_KEY, preferences.theme);
}
