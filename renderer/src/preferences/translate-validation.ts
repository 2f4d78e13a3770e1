import type { i18n as I18n } from 'i18next';
import { fieldIssueOf } from '../../../shared/field-issues.ts';
import { fieldIssueWords, fieldIssueWordsWithoutValue } from './locales/field-issues.ts';
import type { Language } from './i18n.ts';

/**
 * A validation message in the current language. The shared schemas carry keys (`validation.<key>`
 * in the catalogues, or a field-issue code from shared/field-issues.ts, with its value when the
 * words name one); no English text is matched.
 */
export function translateValidation(message: string, language: string, i18n?: I18n): string {
  // A code sent instead of words (shared/field-issues.ts): worded here, in either language.
  const issue = fieldIssueOf(message);
  if (issue) {
    const lang = language === 'es' ? 'es' : 'en';
    const { reason, value } = issue;
    if (value === undefined) {
      return fieldIssueWordsWithoutValue[lang][reason] ?? fieldIssueWords[lang][reason];
    }
    const shown = /^\d+$/.test(value) ? new Intl.NumberFormat(lang).format(Number(value)) : value;
    return fieldIssueWords[lang][reason].replace('{{value}}', shown);
  }
  if (i18n && /^[a-z][a-z0-9_]*$/.test(message)) {
    // A field error from main may carry one of its own reasons (`duplicate_name` on `name`).
    const reasonKey = `errorReason.${message}`;
    if (i18n.exists(reasonKey, { lng: language })) {
      return i18n.t(reasonKey, { lng: language, defaultValue: message });
    }
    const key = `validation.${message}`;
    if (i18n.exists(key, { lng: language })) {
      return i18n.t(key, { lng: language, defaultValue: message });
    }
  }
  return message;
}

export type { Language };
