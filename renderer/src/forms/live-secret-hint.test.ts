import { describe, expect, it } from 'vitest';
import { liveSecretHint } from './live-secret-hint.ts';

describe('live secret hint', () => {
  it('shows the first three and last four characters and the length', () => {
    expect(liveSecretHint('sk-proj-1234567890abcd')).toEqual({
      start: 'sk-…',
      end: '…abcd',
      count: 22,
    });
  });

  it('says nothing for short or empty values', () => {
    expect(liveSecretHint('')).toBeNull();
    expect(liveSecretHint(undefined)).toBeNull();
    expect(liveSecretHint('sk-12345678')).toBeNull();
  });

  it('ignores spaces around a paste and counts characters, not UTF-16 units', () => {
    expect(liveSecretHint('  abc🔑defghijklm  ')).toEqual({
      start: 'abc…',
      end: '…jklm',
      count: 14,
    });
  });
});
