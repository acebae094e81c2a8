// How big each dataset is: national is the size of a whole country's use (issue 9); small is about 1/50 of it.

export const SCALES = ['small', 'national'] as const;
export type Scale = (typeof SCALES)[number];

export interface DatasetSize {
  organizations: number;
  partnerships: number;
  /** Commitment occurrences (each rated by the parties once due). */
  occurrences: number;
  /** Values entered in report versions, one per indicator and version. */
  indicatorValues: number;
  scorecards: number;
  feedback: number;
}

const NATIONAL: DatasetSize = {
  organizations: 5_000,
  partnerships: 25_000,
  occurrences: 250_000,
  indicatorValues: 1_000_000,
  scorecards: 100_000,
  feedback: 500_000,
};

const FRACTION: Record<Scale, number> = { small: 1 / 50, national: 1 };

export function isScale(value: string): value is Scale {
  return (SCALES as readonly string[]).includes(value);
}

export function sizeOf(scale: Scale): DatasetSize {
  const fraction = FRACTION[scale];
  return Object.fromEntries(Object.entries(NATIONAL).map(([key, count]) => [key, Math.round(count * fraction)])) as unknown as DatasetSize;
}
