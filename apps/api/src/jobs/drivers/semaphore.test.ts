import { Semaphore } from './semaphore';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('Semaphore', () => {
  it('runs at most its limit at once, the others in the order they asked', async () => {
    const turns = new Semaphore(2);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const releases: (() => void)[] = [];
    const pieces = [0, 1, 2, 3, 4].map((n) =>
      turns.use(async () => {
        running += 1;
        most = Math.max(most, running);
        order.push(n);
        await new Promise<void>((resolve) => releases.push(resolve));
        running -= 1;
      }),
    );
    await tick();
    expect(order).toEqual([0, 1]);
    while (releases.length > 0) {
      releases.shift()!();
      await tick();
    }
    await Promise.all(pieces);
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
  });

  it('gives a freed place to the one waiting, not to a newcomer arriving in the same moment', async () => {
    // The newcomer asks a few microtasks after the first piece ends: at some delay it lands between the first piece
    // handing over its place and the waiting piece resuming.
    for (let hops = 0; hops < 8; hops += 1) {
      const turns = new Semaphore(1);
      let running = 0;
      let most = 0;
      let release = () => {};
      const piece = (work: () => Promise<void> = tick) =>
        turns.use(async () => {
          running += 1;
          most = Math.max(most, running);
          await work();
          running -= 1;
        });
      const first = piece(() => new Promise<void>((resolve) => (release = resolve)));
      const waiting = piece();
      await tick();
      release();
      let later: Promise<unknown> = Promise.resolve();
      for (let hop = 0; hop < hops; hop += 1) later = later.then(() => undefined);
      const newcomer = later.then(() => piece());
      await Promise.all([first, waiting, newcomer]);
      expect([hops, most]).toEqual([hops, 1]);
    }
  });

  it('frees the place of a piece that fails', async () => {
    const turns = new Semaphore(1);
    await expect(turns.use(async () => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    await expect(turns.use(async () => 'ran')).resolves.toBe('ran');
  });
});
