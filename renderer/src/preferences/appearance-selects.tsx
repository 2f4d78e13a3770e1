import { useTranslation } from 'react-i18next';
import { LANGUAGES as LANGUAGE_PREFERENCES } from '../../../shared/app-settings.ts';
import { InlineSelect } from '../ui/inline-select.tsx';
import { LANGUAGE_NAMES } from './i18n.ts';
import { usePreferences } from './preferences-context.tsx';
import { THEMES } from './theme.ts';

const THEME_LABEL_KEYS = {
  system: 'preferences.themeSystem',
  light: 'preferences.themeLight',
  dark: 'preferences.themeDark',
} as const;

/**
 * The appearance choices, language then theme: the two preferences the top bar offers on every
 * screen (and the only ones the unlock screen may change, shared/app-settings.ts).
 */
export function AppearanceSelects() {
  const { t } = useTranslation();
  const { language, setLanguage, theme, setTheme } = usePreferences();
  return (
    <>
      <InlineSelect
        label={t('preferences.language')}
        value={language}
        onChange={setLanguage}
        options={LANGUAGE_PREFERENCES.map((code) =>
          code === 'system'
            ? { value: code, label: t('preferences.languageSystem') }
            : // Endonyms, marked with their language so screen readers pronounce them right.
              { value: code, label: LANGUAGE_NAMES[code], lang: code },
        )}
      />
      <InlineSelect
        label={t('preferences.theme')}
        value={theme}
        onChange={setTheme}
        options={THEMES.map((value) => ({ value, label: t(THEME_LABEL_KEYS[value]) }))}
      />
    </>
  );
}
