import { fieldIssueReasonOf } from '../../../shared/field-issues.ts';
import { fieldIssueWords } from './locales/field-issues.ts';
import type { Language } from './i18n.ts';
import { validationEs, validationPatternsEs } from './locales/validation-es.ts';

/**
 * Shows a shared-schema validation message in the current language: a field-issue code in words,
 * an English message (the source) in Spanish when it is known.
 */
export function translateValidation(message: string, language: string): string {
  // A code sent instead of words (shared/field-issues.ts): worded here, in either language.
  const reason = fieldIssueReasonOf(message);
  if (reason) return fieldIssueWords[language === 'es' ? 'es' : 'en'][reason];
  if (language !== 'es') return message;
  const exact = validationEs[message];
  if (exact !== undefined) return exact;
  for (const [pattern, template] of validationPatternsEs) {
    if (pattern.test(message)) return message.replace(pattern, template);
  }
  return message;
}

export type { Language };
