import { WriteBatcher } from './write-batcher';

describe('WriteBatcher', () => {
  it('writes the first item at once and the items that arrive meanwhile together, answering each its own output', async () => {
    const batches: number[][] = [];
    let release!: () => void;
    const firstWrite = new Promise<void>((resolve) => (release = resolve));
    const batcher = new WriteBatcher<number, number>(async (items) => {
      batches.push(items);
      if (batches.length === 1) await firstWrite;
      return items.map((item) => item * 10);
    });
    const first = batcher.submit(1);
    const rest = [batcher.submit(2), batcher.submit(3), batcher.submit(4)];
    release();
    expect(await Promise.all([first, ...rest])).toEqual([10, 20, 30, 40]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('rejects every item of a failed write and keeps writing later items', async () => {
    let fail = true;
    const batcher = new WriteBatcher<string, string>(async (items) => {
      if (fail) throw new Error('database away');
      return items;
    });
    await expect(batcher.submit('a')).rejects.toThrow('database away');
    fail = false;
    await expect(batcher.submit('b')).resolves.toBe('b');
  });

  it('with a gathering time, lets items that arrive within it share the first write', async () => {
    const batches: number[][] = [];
    const batcher = new WriteBatcher<number, number>(async (items) => {
      batches.push(items);
      return items;
    }, 5);
    const first = batcher.submit(1);
    await new Promise((resolve) => setTimeout(resolve, 1));
    const second = batcher.submit(2);
    expect(await Promise.all([first, second])).toEqual([1, 2]);
    expect(batches).toEqual([[1, 2]]);
  });
});
