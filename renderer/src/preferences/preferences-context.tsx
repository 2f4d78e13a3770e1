import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from './i18n.ts';
import { isLanguage, saveLanguage } from './i18n.ts';
import type { ThemePreference } from './theme.ts';
import { applyTheme, initialTheme, saveTheme } from './theme.ts';

interface Preferences {
  language: Language;
  setLanguage: (language: Language) => void;
  theme: ThemePreference;
  setTheme: (theme: ThemePreference) => void;
}

const PreferencesContext = createContext<Preferences | null>(null);

/** Language (through i18next) and theme, saved for next time and reflected on <html>. */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [theme, setThemeState] = useState<ThemePreference>(initialTheme);
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'en';

  useEffect(() => applyTheme(theme), [theme]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback(
    (next: Language) => {
      saveLanguage(next);
      void i18n.changeLanguage(next);
    },
    [i18n],
  );
  const setTheme = useCallback((next: ThemePreference) => {
    saveTheme(next);
    setThemeState(next);
  }, []);

  const value = useMemo(
    () => ({ language, setLanguage, theme, setTheme }),
    [language, setLanguage, theme, setTheme],
  );
  return <PreferencesContext value={value}>{children}</PreferencesContext>;
}

export function usePreferences(): Preferences {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences needs a PreferencesProvider');
  return value;
}
