import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage } from './i18n.ts';
import { usePreferences } from './preferences-context.tsx';

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
          if (isLanguage(event.target.value)) setLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
