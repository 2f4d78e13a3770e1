import { describe, expect, it } from 'vitest';
import { TestRateLimit } from './test-rate-limit.ts';

describe('TestRateLimit', () => {
  it('allows ten tests of one integration a minute, then says how long to wait', () => {
    let now = 1_000_000;
    const limit = new TestRateLimit({ now: () => now });
    for (let i = 0; i < 10; i += 1) {
      expect(limit.take('a')).toBe(0);
      now += 1_000;
    }
    // The first test was 10 s ago: the window frees its slot in 50 s.
    expect(limit.take('a')).toBe(50);
    // Another integration is not held back.
    expect(limit.take('b')).toBe(0);
    now += 50_000;
    expect(limit.take('a')).toBe(0);
  });

  it('does not count refused attempts, so waiting is enough', () => {
    let now = 0;
    const limit = new TestRateLimit({ limit: 2, windowMs: 10_000, now: () => now });
    limit.take('a');
    limit.take('a');
    for (let i = 0; i < 5; i += 1) expect(limit.take('a')).toBe(10);
    now = 10_000;
    expect(limit.take('a')).toBe(0);
  });
});
