// When a first delivery's start (status running, attempts + 1) is written: only once the job outlasts a moment or
// reports progress. A short job's start then rides on its completion write — one statement per job instead of two.
export class StartMark {
  private written: Promise<boolean> | null;
  private readonly timer: NodeJS.Timeout | null;

  private constructor(
    private readonly write: () => Promise<boolean>,
    delayMs: number | null,
    written: Promise<boolean> | null,
  ) {
    this.written = written;
    this.timer = delayMs === null ? null : setTimeout(() => void this.now().catch(() => undefined), delayMs);
    this.timer?.unref();
  }

  /** A start to write if the job is still running after `delayMs`. */
  static deferred(write: () => Promise<boolean>, delayMs: number): StartMark {
    return new StartMark(write, delayMs, null);
  }

  /** A start written already (re-deliveries write theirs before running, to see whether the job is done). */
  static written(): StartMark {
    return new StartMark(() => Promise.resolve(true), null, Promise.resolve(true));
  }

  /** Writes the start now unless it is written or under way. */
  now(): Promise<boolean> {
    if (this.timer) clearTimeout(this.timer);
    this.written ??= this.write();
    return this.written;
  }

  /** Cancels a start not yet written; answers whether one was written (the job's final write must then add it). */
  async settle(): Promise<boolean> {
    if (this.timer) clearTimeout(this.timer);
    if (!this.written) return false;
    return this.written.then(
      () => true,
      () => false,
    );
  }
}
