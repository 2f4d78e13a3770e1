import { readPreference, writePreference } from './storage.ts';

export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEMES)[number];

const THEME_KEY = 'aterges.theme';

export function isThemePreference(value: unknown): value is ThemePreference {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

export function initialTheme(): ThemePreference {
  const saved = readPreference(THEME_KEY);
  return isThemePreference(saved) ? saved : 'system';
}

export function saveTheme(theme: ThemePreference): void {
  writePreference(THEME_KEY, theme);
}

/**
 * `system` leaves the attribute off so the stylesheet's prefers-color-scheme rule decides;
 * `light`/`dark` pin it (see styles/tokens.css).
 */
export function applyTheme(theme: ThemePreference, root: HTMLElement = document.documentElement) {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
