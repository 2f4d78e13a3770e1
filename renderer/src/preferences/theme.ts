import type { UiPreferences } from '../../../shared/app-settings.ts';
import { THEMES } from '../../../shared/app-settings.ts';

export { THEMES };
export type ThemePreference = UiPreferences['theme'];

/**
 * `system` leaves the attribute off so the stylesheet's prefers-color-scheme rule decides (and
 * keeps following the OS live); `light`/`dark` pin it (see styles/tokens.css).
 */
export function applyTheme(theme: ThemePreference, root: HTMLElement = document.documentElement) {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
