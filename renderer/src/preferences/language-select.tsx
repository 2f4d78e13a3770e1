import { useTranslation } from 'react-i18next';
import { LANGUAGES as LANGUAGE_PREFERENCES } from '../../../shared/app-settings.ts';
import { InlineSelect } from '../ui/inline-select.tsx';
import { LANGUAGE_NAMES } from './i18n.ts';
import { usePreferences } from './preferences-context.tsx';

export function LanguageSelect() {
  const { t } = useTranslation();
  const { language, setLanguage } = usePreferences();
  return (
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
  );
}
