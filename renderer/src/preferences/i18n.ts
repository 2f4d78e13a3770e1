import i18next from 'i18next';
import type { i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en.ts';
import { es } from './locales/es.ts';
import type { UiPreferences } from '../../../shared/app-settings.ts';
import { readCachedPreferences } from './storage.ts';

/** The languages the UI speaks. The saved preference may also be `system` (see below). */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export type LanguagePreference = UiPreferences['language'];

/** Endonyms: each language is offered in its own words, whatever the current one is. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

export const resources = {
  en: { translation: en },
  es: { translation: es },
} as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The OS language as Chromium reports it (`es-MX` → `es`); English for anything else. */
export function languageFromLocale(locale: string | undefined): Language {
  const base = (locale ?? '').toLowerCase().split('-')[0];
  return isLanguage(base) ? base : 'en';
}

/** The language to show: the chosen one, or for `system` the OS language. */
export function resolveLanguage(
  preference: LanguagePreference,
  locale: string | undefined,
): Language {
  return preference === 'system' ? languageFromLocale(locale) : preference;
}

/** For the first paint, before main's settings arrive: the cached choice, else the OS. */
export function initialLanguage(): Language {
  return resolveLanguage(readCachedPreferences().language, globalThis.navigator?.language);
}

/** One i18next instance per app (and per test), with both catalogues bundled: no loading. */
export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    initAsync: false,
    // React already escapes text it renders.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
