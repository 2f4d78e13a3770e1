import type { Language } from './i18n.ts';
import { validationEs, validationPatternsEs } from './locales/validation-es.ts';

/** Shows a shared-schema validation message in the current language (English is the source). */
export function translateValidation(message: string, language: string): string {
  if (language !== 'es') return message;
  const exact = validationEs[message];
  if (exact !== undefined) return exact;
  for (const [pattern, template] of validationPatternsEs) {
    if (pattern.test(message)) return message.replace(pattern, template);
  }
  return message;
}

export type { Language };
