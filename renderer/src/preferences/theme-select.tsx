import { useTranslation } from 'react-i18next';
import { InlineSelect } from '../ui/inline-select.tsx';
import { THEMES } from './theme.ts';
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
      onChange={setTheme}
      options={THEMES.map((value) => ({ value, label: t(THEME_LABEL_KEYS[value]) }))}
    />
  );
}
