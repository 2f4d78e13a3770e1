import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n, initialLanguage, languageFromLocale, resolveLanguage } from './i18n.ts';
import { cachePreferences } from './storage.ts';
import { translateValidation } from './translate-validation.ts';

describe('language choice', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('follows the OS language, English for anything it does not speak', () => {
    expect(languageFromLocale('es-MX')).toBe('es');
    expect(languageFromLocale('es')).toBe('es');
    expect(languageFromLocale('en-GB')).toBe('en');
    expect(languageFromLocale('fr-FR')).toBe('en');
    expect(languageFromLocale(undefined)).toBe('en');
  });

  it('resolves "system" to the OS language and keeps an explicit choice', () => {
    expect(resolveLanguage('system', 'es-AR')).toBe('es');
    expect(resolveLanguage('system', 'de-DE')).toBe('en');
    expect(resolveLanguage('en', 'es-AR')).toBe('en');
  });

  it('paints first with the cached choice, the OS language for "system" or nothing cached', () => {
    const store = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => store.set(key, value),
    });
    vi.stubGlobal('navigator', { language: 'es-ES' });
    expect(initialLanguage()).toBe('es');
    cachePreferences({ language: 'en', theme: 'dark' });
    expect(initialLanguage()).toBe('en');
    cachePreferences({ language: 'system', theme: 'dark' });
    expect(initialLanguage()).toBe('es');
  });

  it('translates with interpolation and plurals', () => {
    const i18n = createI18n('es');
    expect(i18n.t('integrations.testAllSummary', { count: 1, ok: 1, failed: 0 })).toBe(
      'Se probó 1 integración — funcionan: 1, fallan: 0.',
    );
    expect(i18n.t('row.manageLabel', { name: 'Prod' })).toBe('Administrar Prod');
  });

  it('shows shared-schema validation keys in the current language', () => {
    expect(translateValidation('name_required', 'es', createI18n('es'))).toBe(
      'Ponle un nombre a la integración.',
    );
    expect(translateValidation('name_required', 'en', createI18n('en'))).toBe(
      'Give the integration a name.',
    );
  });

  it('words the sign-in keys in Spanish', () => {
    expect(translateValidation('password_required', 'es', createI18n('es'))).toBe(
      'Introduce tu contraseña.',
    );
  });
});
