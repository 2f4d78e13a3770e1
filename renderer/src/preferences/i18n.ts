import i18next from 'i18next';
import type { i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en.ts';
import { es } from './locales/es.ts';
import { readPreference, writePreference } from './storage.ts';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Endonyms: each language is offered in its own words, whatever the current one is. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

const LANGUAGE_KEY = 'aterges.language';

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

/** The saved choice wins; otherwise follow the OS. */
export function initialLanguage(): Language {
  const saved = readPreference(LANGUAGE_KEY);
  return isLanguage(saved) ? saved : languageFromLocale(globalThis.navigator?.language);
}

export function saveLanguage(language: Language): void {
  writePreference(LANGUAGE_KEY, language);
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
