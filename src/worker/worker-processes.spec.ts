import { shareOf } from './worker-processes';

describe('shareOf', () => {
  it.each([
    [8, 2],
    [8, 3],
    [5, 5],
    [32, 7],
  ])('splits %i between %i processes into parts that add up and differ by at most one', (total, count) => {
    const parts = Array.from({ length: count }, (_, index) => shareOf(total, count, index));
    expect(parts.reduce((sum, part) => sum + part, 0)).toBe(total);
    expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
    expect(Math.min(...parts)).toBeGreaterThanOrEqual(1);
  });
});
