import type { i18n as I18n } from 'i18next';
import { fieldIssueReasonOf } from '../../../shared/field-issues.ts';
import { fieldIssueWords } from './locales/field-issues.ts';
import type { Language } from './i18n.ts';
import { validationPatternsEs } from './locales/validation-es.ts';

/**
 * A validation message in the current language. The shared schemas carry keys (`validation.<key>`
 * in the catalogues, or a field-issue code from shared/field-issues.ts); what is left in English
 * (zod's default messages, the key file's field name) goes through a few patterns.
 */
export function translateValidation(message: string, language: string, i18n?: I18n): string {
  // A code sent instead of words (shared/field-issues.ts): worded here, in either language.
  const reason = fieldIssueReasonOf(message);
  if (reason) return fieldIssueWords[language === 'es' ? 'es' : 'en'][reason];
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
  if (language !== 'es') return message;
  for (const [pattern, template] of validationPatternsEs) {
    if (pattern.test(message)) return message.replace(pattern, template);
  }
  return message;
}

export type { Language };
