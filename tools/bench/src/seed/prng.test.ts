import { Prng } from './prng';

describe('Prng', () => {
  it('draws the same numbers from the same seed and others from another seed', () => {
    const draw = (seed: string) => Array.from({ length: 5 }, ((random) => () => random.uint32())(new Prng(seed)));
    expect(draw('daikou')).toEqual(draw('daikou'));
    expect(draw('daikou')).not.toEqual(draw('daikou2'));
  });

  it('keeps integers within their bounds and reaches both ends', () => {
    const random = new Prng('bounds');
    const seen = new Set(Array.from({ length: 2000 }, () => random.int(3, 7)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('samples distinct items and picks by weight', () => {
    const random = new Prng('sample');
    const sample = random.sample(['a', 'b', 'c', 'd', 'e'], 3);
    expect(new Set(sample).size).toBe(3);
    const draws = Array.from({ length: 4000 }, () => random.weighted({ rare: 1, common: 9 }));
    const rare = draws.filter((d) => d === 'rare').length / draws.length;
    expect(rare).toBeGreaterThan(0.07);
    expect(rare).toBeLessThan(0.13);
  });

  it('centres log-normal draws on their median', () => {
    const random = new Prng('median');
    const values = Array.from({ length: 4001 }, () => random.logNormal(20, 0.7)).sort((a, b) => a - b);
    expect(values[2000]).toBeGreaterThan(18);
    expect(values[2000]).toBeLessThan(22);
  });
});
