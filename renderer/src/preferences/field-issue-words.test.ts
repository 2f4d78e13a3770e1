import { describe, expect, it } from 'vitest';
import { FIELD_ISSUE_REASONS, fieldIssueMessage } from '../../../shared/field-issues.ts';
import { translateValidation } from './translate-validation.ts';

describe('field issue codes in words', () => {
  it.each(FIELD_ISSUE_REASONS)('%s has its own words in Spanish and English', (reason) => {
    const code = fieldIssueMessage(reason);
    const spanish = translateValidation(code, 'es');
    const english = translateValidation(code, 'en');
    for (const words of [spanish, english]) {
      expect(words).not.toContain('fieldIssue');
      expect(words.length).toBeGreaterThan(20);
    }
    expect(spanish).not.toBe(english);
  });
});
