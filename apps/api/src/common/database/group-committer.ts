export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

export interface GroupCommitOptions {
  /** At most this many jobs share one transaction. */
  maxBatch: number;
  /** At most this many batch transactions are open at once. */
  maxInFlight: number;
  /**
   * Start a batch only after the rest of the current event-loop turn, so that jobs submitted together (the
   * callers woken by one finished batch) share it instead of the first going alone.
   */
  gatherTurn?: boolean;
}

interface Waiting<J, R> {
  job: J;
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit, the way Zeebe batches: jobs that arrive while earlier batches are being written wait, and the
 * next free slot takes all of them (up to `maxBatch`) into one transaction. Nothing waits for a timer: an idle
 * system writes each job at once (at most after the current event-loop turn), a busy one writes many per commit.
 * The same coalescing serves hot reads (`PreparedQueries.lookup`): many lookups, one round trip.
 */
export class GroupCommitter<J, R> {
  private readonly queue: Waiting<J, R>[] = [];
  private inFlight = 0;
  private pumpScheduled = false;
  /** Batches run and jobs they carried since start (jobs ÷ batches = commands per commit). */
  readonly stats = { batches: 0, jobs: 0 };

  constructor(
    /**
     * Runs one batch and settles each job; a rejection settles them all with its error. A batch written in parts
     * may answer a part's jobs through `settle` as soon as that part has committed; the rest are answered by
     * the result.
     */
    private readonly runBatch: (
      jobs: J[],
      settle: (index: number, outcome: Settled<R>) => void,
    ) => Promise<Settled<R>[]>,
    private readonly options: GroupCommitOptions,
  ) {}

  submit(job: J): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.schedulePump();
    });
  }

  private schedulePump(): void {
    if (!this.options.gatherTurn) return this.pump();
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  /** Jobs waiting for a slot (for metrics and tests). */
  get waiting(): number {
    return this.queue.length;
  }

  private pump(): void {
    while (this.inFlight < this.options.maxInFlight && this.queue.length) {
      const batch = this.queue.splice(0, this.options.maxBatch);
      this.inFlight++;
      this.stats.batches++;
      this.stats.jobs += batch.length;
      this.run(batch).finally(() => {
        this.inFlight--;
        this.schedulePump();
      });
    }
  }

  private async run(batch: Waiting<J, R>[]): Promise<void> {
    // A promise settles once: a job answered early through `settle` keeps that answer.
    const settle = (index: number, outcome: Settled<R>) => {
      if (outcome.ok) batch[index].resolve(outcome.value);
      else batch[index].reject(outcome.error);
    };
    try {
      const settled = await this.runBatch(
        batch.map((waiting) => waiting.job),
        settle,
      );
      settled.forEach((outcome, i) => settle(i, outcome));
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
    }
  }
}
