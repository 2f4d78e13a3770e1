import { useTranslation } from 'react-i18next';
import { InlineSelect } from '../ui/inline-select.tsx';
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
  return (
    <InlineSelect
      label={t('preferences.theme')}
      value={theme}
      onChange={(value) => {
        if (isThemePreference(value)) setTheme(value);
      }}
    >
      {THEMES.map((value) => (
        <option key={value} value={value}>
          {t(THEME_LABEL_KEYS[value])}
        </option>
      ))}
    </InlineSelect>
  );
}
