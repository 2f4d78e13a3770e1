import { describe, expect, it } from 'vitest';
import { FIELD_ISSUE_REASONS, fieldIssueMessage } from '../../../shared/field-issues.ts';
import { emailSchema } from '../../../shared/session.ts';
import { translateValidation } from './translate-validation.ts';

describe('field issue codes in words', () => {
  // Each reason as main sends it (without a value) and with one: never a code, a placeholder or
  // a hole where the value would go.
  it.each(
    FIELD_ISSUE_REASONS.flatMap((reason) => [
      [reason, fieldIssueMessage(reason)],
      [reason, fieldIssueMessage(reason, 'project_id')],
    ]),
  )('%s has its own words in Spanish and English (%s)', (_reason, code) => {
    const spanish = translateValidation(code, 'es');
    const english = translateValidation(code, 'en');
    for (const words of [spanish, english]) {
      expect(words).not.toContain('fieldIssue');
      expect(words).not.toContain('{{');
      expect(words).not.toMatch(/""|«»| {2}/);
      expect(words.length).toBeGreaterThan(8);
    }
    expect(spanish).not.toBe(english);
  });

  it('words a length limit from the shared schema with its number, as each language writes it', () => {
    const message = emailSchema.safeParse(`${'a'.repeat(320)}@example.com`).error?.issues[0]
      ?.message;
    expect(message).toBe(fieldIssueMessage('too_long', 320));
    expect(translateValidation(message ?? '', 'es')).toBe(
      'Demasiado largo: como máximo 320 caracteres.',
    );
    expect(translateValidation(fieldIssueMessage('too_long', 4096), 'en')).toBe(
      'Too long: 4,096 characters at most.',
    );
  });

  it('names the key file field the schema found wrong', () => {
    expect(
      translateValidation(fieldIssueMessage('key_file_field_invalid', 'project_id'), 'es'),
    ).toBe('El archivo de clave no tiene un "project_id" válido.');
  });

  it('leaves text that is not a code alone instead of matching English sentences', () => {
    const english = 'The key file has no valid "project_id".';
    expect(translateValidation(english, 'es')).toBe(english);
  });
});
