import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResolvedSettings, UiPreferences } from '../../../shared/app-settings.ts';
import { useBridge } from '../bridge/bridge-context.tsx';
import { queryKeys } from '../bridge/query-keys.ts';
import { useSettingsQuery } from '../settings/use-settings.ts';
import type { LanguagePreference } from './i18n.ts';
import { isLanguage, resolveLanguage } from './i18n.ts';
import { cachePreferences, readCachedPreferences } from './storage.ts';
import type { ThemePreference } from './theme.ts';
import { applyTheme } from './theme.ts';
import { useSystemLocale } from './use-system-locale.ts';

interface Preferences {
  /** What the user chose; `system` follows the OS language. */
  language: LanguagePreference;
  setLanguage: (language: LanguagePreference) => void;
  /** What the user chose; `system` follows the OS light/dark setting. */
  theme: ThemePreference;
  setTheme: (theme: ThemePreference) => void;
}

const PreferencesContext = createContext<Preferences | null>(null);

/**
 * Language (through i18next) and theme, kept by main in the app settings and reflected on
 * <html>. A choice applies at once and is sent to main; main's answer (and `settings:changed`)
 * then rule. Until main's settings arrive, what main.tsx painted from the cache stays.
 */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const bridge = useBridge();
  const queryClient = useQueryClient();
  const fromMain = useSettingsQuery().data?.preferences;
  const [cached] = useState(readCachedPreferences);
  // Choices sent to main and not yet confirmed; if saving fails they still apply this session.
  const [pending, setPending] = useState<Partial<UiPreferences>>({});
  const systemLocale = useSystemLocale();

  const known = fromMain !== undefined || Object.keys(pending).length > 0;
  const chosen: UiPreferences = { ...(fromMain ?? cached), ...pending };
  const language = resolveLanguage(chosen.language, systemLocale);
  const shown = known ? language : isLanguage(i18n.language) ? i18n.language : 'en';

  useEffect(() => {
    if (known && i18n.language !== language) void i18n.changeLanguage(language);
  }, [known, language, i18n]);
  useEffect(() => {
    document.documentElement.lang = shown;
  }, [shown]);
  useEffect(() => {
    if (known) applyTheme(chosen.theme);
  }, [known, chosen.theme]);

  const mainLanguage = fromMain?.language;
  const mainTheme = fromMain?.theme;
  useEffect(() => {
    if (mainLanguage && mainTheme) cachePreferences({ language: mainLanguage, theme: mainTheme });
  }, [mainLanguage, mainTheme]);

  const save = useCallback(
    (patch: Partial<UiPreferences>) => {
      setPending((current) => ({ ...current, ...patch }));
      // The appearance channel, which main also answers while locked (the unlock screen's own
      // language and theme are saved, not only shown).
      void bridge.settings
        .setAppearance(patch)
        .then((appearance) => {
          // Only these two: a project change is handled where it happens (settings:changed).
          queryClient.setQueryData<ResolvedSettings>(queryKeys.settings, (old) =>
            old ? { ...old, preferences: { ...old.preferences, ...appearance } } : old,
          );
          // Drop what main confirmed, unless a newer choice replaced it meanwhile.
          setPending((current) => {
            const next = { ...current };
            if (next.language === patch.language) delete next.language;
            if (next.theme === patch.theme) delete next.theme;
            return next;
          });
        })
        .catch(() => undefined /* the choice stays for this session */);
    },
    [bridge, queryClient],
  );

  const value = useMemo<Preferences>(
    () => ({
      language: chosen.language,
      setLanguage: (next) => save({ language: next }),
      theme: chosen.theme,
      setTheme: (next) => save({ theme: next }),
    }),
    [chosen.language, chosen.theme, save],
  );
  return <PreferencesContext value={value}>{children}</PreferencesContext>;
}

export function usePreferences(): Preferences {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences needs a PreferencesProvider');
  return value;
}
