import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rateLimit';

describe('RateLimiter', () => {
  it('allows the limit per window per key, then says how long to wait', () => {
    const limiter = new RateLimiter(3, 60_000);
    const t = 1_000_000;
    expect([1, 2, 3].map(() => limiter.hit('10.0.0.1', t))).toEqual([0, 0, 0]);
    expect(limiter.hit('10.0.0.1', t + 1000)).toBe(59);
    expect(limiter.hit('10.0.0.2', t + 1000)).toBe(0);
    expect(limiter.hit('10.0.0.1', t + 60_000)).toBe(0);
  });
});
