import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './format-relative-time.ts';

const NOW = Date.parse('2025-06-01T12:00:00Z');
const before = (seconds: number) => new Date(NOW - seconds * 1000).toISOString();

describe('formatRelativeTime', () => {
  it('says "now" under a minute', () => {
    expect(formatRelativeTime(before(20), NOW, 'en')).toBe('now');
    expect(formatRelativeTime(before(20), NOW, 'es')).toBe('ahora');
  });

  it('uses the largest unit that fits, in the given language', () => {
    expect(formatRelativeTime(before(5 * 60), NOW, 'en')).toBe('5 minutes ago');
    expect(formatRelativeTime(before(3 * 3600), NOW, 'en')).toBe('3 hours ago');
    expect(formatRelativeTime(before(26 * 3600), NOW, 'en')).toBe('yesterday');
    expect(formatRelativeTime(before(5 * 60), NOW, 'es')).toBe('hace 5 minutos');
    expect(formatRelativeTime(before(3 * 86400), NOW, 'es')).toBe('hace 3 días');
    expect(formatRelativeTime(before(400 * 86400), NOW, 'en')).toBe('last year');
  });

  it('handles times in the future', () => {
    expect(formatRelativeTime(new Date(NOW + 2 * 3600 * 1000).toISOString(), NOW, 'en')).toBe(
      'in 2 hours',
    );
  });
});
