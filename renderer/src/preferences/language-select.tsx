import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES as LANGUAGE_PREFERENCES } from '../../../shared/app-settings.ts';
import type { LanguagePreference } from './i18n.ts';
import { LANGUAGE_NAMES } from './i18n.ts';
import { usePreferences } from './preferences-context.tsx';

const isLanguagePreference = (value: string): value is LanguagePreference =>
  (LANGUAGE_PREFERENCES as readonly string[]).includes(value);

export function LanguageSelect() {
  const { t } = useTranslation();
  const { language, setLanguage } = usePreferences();
  const id = useId();
  return (
    <div className="inline-field">
      <label htmlFor={id}>{t('preferences.language')}</label>
      <select
        id={id}
        value={language}
        onChange={(event) => {
          if (isLanguagePreference(event.target.value)) setLanguage(event.target.value);
        }}
      >
        {LANGUAGE_PREFERENCES.map((code) =>
          code === 'system' ? (
            <option key={code} value={code}>
              {t('preferences.languageSystem')}
            </option>
          ) : (
            // Endonyms, marked with their language so screen readers pronounce them right.
            <option key={code} value={code} lang={code}>
              {LANGUAGE_NAMES[code]}
            </option>
          ),
        )}
      </select>
    </div>
  );
}
