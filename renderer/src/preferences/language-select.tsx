import { useTranslation } from 'react-i18next';
import { LANGUAGES as LANGUAGE_PREFERENCES } from '../../../shared/app-settings.ts';
import { InlineSelect } from '../ui/inline-select.tsx';
import type { LanguagePreference } from './i18n.ts';
import { LANGUAGE_NAMES } from './i18n.ts';
import { usePreferences } from './preferences-context.tsx';

const isLanguagePreference = (value: string): value is LanguagePreference =>
  (LANGUAGE_PREFERENCES as readonly string[]).includes(value);

export function LanguageSelect() {
  const { t } = useTranslation();
  const { language, setLanguage } = usePreferences();
  return (
    <InlineSelect
      label={t('preferences.language')}
      value={language}
      onChange={(value) => {
        if (isLanguagePreference(value)) setLanguage(value);
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
    </InlineSelect>
  );
}
