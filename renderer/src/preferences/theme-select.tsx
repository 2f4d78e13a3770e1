import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { THEMES, isThemePreference } from './theme.ts';
import { usePreferences } from './preferences-context.tsx';

const THEME_LABEL_KEYS = {
  system: 'preferences.themeSystem',
  light: 'preferences.themeLight',
  dark: 'preferences.themeDark',
} as const;

export function ThemeSelect() {
  const { t } = useTranslation();
  const { theme, setTheme } = usePreferences();
  const id = useId();
  return (
    <div className="inline-field">
      <label htmlFor={id}>{t('preferences.theme')}</label>
      <select
        id={id}
        value={theme}
        onChange={(event) => {
          if (isThemePreference(event.target.value)) setTheme(event.target.value);
        }}
      >
        {THEMES.map((value) => (
          <option key={value} value={value}>
            {t(THEME_LABEL_KEYS[value])}
          </option>
        ))}
      </select>
    </div>
  );
}
