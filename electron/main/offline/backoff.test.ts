import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF, backoffDelay } from './backoff.ts';

describe('backoffDelay', () => {
  const noJitter = { ...DEFAULT_BACKOFF, jitter: 0 };

  it('doubles from the base delay', () => {
    expect([0, 1, 2, 3, 4].map((attempt) => backoffDelay(attempt, noJitter))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000,
    ]);
  });

  it('never exceeds the cap, however many attempts failed', () => {
    expect(backoffDelay(6, noJitter)).toBe(60_000);
    expect(backoffDelay(1_000, noJitter)).toBe(60_000);
    expect(backoffDelay(1_000, DEFAULT_BACKOFF, () => 0.999_999)).toBeLessThanOrEqual(60_000);
  });

  it('randomizes only the jittered share of each delay', () => {
    expect(backoffDelay(2, DEFAULT_BACKOFF, () => 0)).toBe(2_000);
    expect(backoffDelay(2, DEFAULT_BACKOFF, () => 0.5)).toBe(3_000);
    expect(backoffDelay(2, DEFAULT_BACKOFF, () => 0.999_999)).toBe(4_000);
  });

  it('spreads clients that failed together', () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(5)));
    expect(delays.size).toBeGreaterThan(10);
    for (const delay of delays) {
      expect(delay).toBeGreaterThanOrEqual(16_000);
      expect(delay).toBeLessThanOrEqual(32_000);
    }
  });

  it('treats nonsense input safely', () => {
    expect(backoffDelay(-3, noJitter)).toBe(1_000);
    expect(backoffDelay(0, { ...DEFAULT_BACKOFF, jitter: 5 }, () => 2)).toBe(1_000);
  });
});
