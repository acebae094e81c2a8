import { rowId } from './ids';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('rowId', () => {
  it('is a version-4 UUID, the same for the same row', () => {
    expect(rowId(3, 12)).toMatch(UUID_V4);
    expect(rowId(3, 12)).toBe(rowId(3, 12));
  });

  it('never gives two rows of any tables the same id', () => {
    const ids = new Set<string>();
    for (const table of [1, 2, 3, 13]) for (let index = 0; index < 50_000; index += 1) ids.add(rowId(table, index));
    expect(ids.size).toBe(200_000);
  });
});
