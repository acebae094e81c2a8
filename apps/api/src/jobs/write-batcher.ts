// Coalesces the per-job bookkeeping writes of one process: each caller still waits for the statement that carries its
// item (so the write is done before the job goes on), but items arriving while a statement runs share the next one,
// and with `gatherMs` a write that would start alone first waits that long for company.
const MAX_BATCH = 200;

interface Waiting<I, O> {
  item: I;
  resolve: (output: O) => void;
  reject: (error: unknown) => void;
}

export class WriteBatcher<I, O> {
  private readonly waiting: Waiting<I, O>[] = [];
  private writing = false;

  /** `write` answers with one output per item, in the items' order. */
  constructor(
    private readonly write: (items: I[]) => Promise<O[]>,
    private readonly gatherMs = 0,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (this.writing) return;
      this.writing = true;
      if (this.gatherMs > 0) setTimeout(() => void this.drain(), this.gatherMs);
      else void this.drain();
    });
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, MAX_BATCH);
      try {
        const outputs = await this.write(batch.map((waiting) => waiting.item));
        batch.forEach((waiting, index) => waiting.resolve(outputs[index]!));
      } catch (error) {
        for (const waiting of batch) waiting.reject(error);
      }
    }
    this.writing = false;
  }
}
