import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-duration.ts';

describe('formatDuration', () => {
  it('writes milliseconds, seconds and minutes as each language does', () => {
    expect(formatDuration(312, 'es')).toBe('312 ms');
    expect(formatDuration(15_000, 'es')).toBe('15 s');
    expect(formatDuration(1_500, 'es')).toBe('1,5 s');
    expect(formatDuration(1_500, 'en')).toBe('1.5 sec');
    expect(formatDuration(180_000, 'es')).toBe('3 min');
  });

  it('groups thousands in Spanish as the product writes them', () => {
    expect(formatDuration(999.6, 'es')).toBe('1.000 ms');
  });
});
