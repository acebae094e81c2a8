import { sizeOf } from './scale';

it('is the issue’s national size, and about a fiftieth of it for small', () => {
  expect(sizeOf('national')).toEqual({ organizations: 5_000, partnerships: 25_000, occurrences: 250_000, indicatorValues: 1_000_000, scorecards: 100_000, feedback: 500_000 });
  expect(sizeOf('small')).toEqual({ organizations: 100, partnerships: 500, occurrences: 5_000, indicatorValues: 20_000, scorecards: 2_000, feedback: 10_000 });
});
