import { GroupCommitter, type Settled } from './group-committer';

/** A runBatch whose batches finish only when the test says so, recording what each batch carried. */
function controlledRunner() {
  const batches: {
    jobs: number[];
    finish: (settled?: Settled<string>[] | Error) => void;
    settle: (index: number, outcome: Settled<string>) => void;
  }[] = [];
  const runBatch = (jobs: number[], settle: (index: number, outcome: Settled<string>) => void) =>
    new Promise<Settled<string>[]>((resolve, reject) => {
      batches.push({
        jobs,
        settle,
        finish: (settled) => {
          if (settled instanceof Error) reject(settled);
          else resolve(settled ?? jobs.map((job) => ({ ok: true, value: `done ${job}` })));
        },
      });
    });
  return { batches, runBatch };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('GroupCommitter', () => {
  it('writes a lone job at once, without waiting for company', async () => {
    const { batches, runBatch } = controlledRunner();
    const committer = new GroupCommitter(runBatch, { maxBatch: 8, maxInFlight: 1 });
    const answer = committer.submit(1);
    expect(batches.map((b) => b.jobs)).toEqual([[1]]);
    batches[0].finish();
    await expect(answer).resolves.toBe('done 1');
  });

  it('gathers the jobs that arrive while a batch is being written into the next one', async () => {
    const { batches, runBatch } = controlledRunner();
    const committer = new GroupCommitter(runBatch, { maxBatch: 8, maxInFlight: 1 });
    const answers = [1, 2, 3, 4].map((job) => committer.submit(job));
    expect(batches.map((b) => b.jobs)).toEqual([[1]]);
    expect(committer.waiting).toBe(3);
    batches[0].finish();
    await tick();
    expect(batches.map((b) => b.jobs)).toEqual([[1], [2, 3, 4]]);
    batches[1].finish();
    await expect(Promise.all(answers)).resolves.toEqual(['done 1', 'done 2', 'done 3', 'done 4']);
    expect(committer.stats).toEqual({ batches: 2, jobs: 4 });
  });

  it('never puts more than maxBatch jobs in one batch, and keeps maxInFlight batches open', async () => {
    const { batches, runBatch } = controlledRunner();
    const committer = new GroupCommitter(runBatch, { maxBatch: 2, maxInFlight: 2 });
    const answers = [1, 2, 3, 4, 5, 6, 7].map((job) => committer.submit(job));
    expect(batches.map((b) => b.jobs)).toEqual([[1], [2]]);
    batches[0].finish();
    await tick();
    expect(batches.map((b) => b.jobs)).toEqual([[1], [2], [3, 4]]);
    batches[1].finish();
    await tick();
    batches[2].finish();
    await tick();
    expect(batches.map((b) => b.jobs)).toEqual([[1], [2], [3, 4], [5, 6], [7]]);
    batches[3].finish();
    batches[4].finish();
    await expect(Promise.all(answers)).resolves.toHaveLength(7);
  });

  it('answers each job with its own outcome: one refused job does not fail the others', async () => {
    const { batches, runBatch } = controlledRunner();
    const committer = new GroupCommitter(runBatch, { maxBatch: 8, maxInFlight: 1 });
    committer.submit(0).catch(() => undefined);
    const first = committer.submit(1);
    const second = committer.submit(2);
    batches[0].finish();
    await tick();
    const refusal = new Error('refused');
    batches[1].finish([
      { ok: true, value: 'one' },
      { ok: false, error: refusal },
    ]);
    await expect(first).resolves.toBe('one');
    await expect(second).rejects.toBe(refusal);
  });

  it('rejects every job of a batch that failed as a whole, and goes on with the next', async () => {
    const { batches, runBatch } = controlledRunner();
    const committer = new GroupCommitter(runBatch, { maxBatch: 8, maxInFlight: 1 });
    const failed = [committer.submit(1)];
    const later = committer.submit(2);
    batches[0].finish(new Error('database gone'));
    await expect(failed[0]).rejects.toThrow('database gone');
    await tick();
    batches[1].finish();
    await expect(later).resolves.toBe('done 2');
  });
});

describe('GroupCommitter with gatherTurn', () => {
  it('lets jobs submitted in the same event-loop turn share the first batch', async () => {
    const { batches, runBatch } = controlledRunner();
    const committer = new GroupCommitter(runBatch, { maxBatch: 8, maxInFlight: 1, gatherTurn: true });
    const answers = [1, 2, 3].map((job) => committer.submit(job));
    expect(batches).toHaveLength(0);
    await tick();
    expect(batches.map((b) => b.jobs)).toEqual([[1, 2, 3]]);
    batches[0].finish();
    await expect(Promise.all(answers)).resolves.toEqual(['done 1', 'done 2', 'done 3']);
  });

  it('still starts a lone job without waiting for more than the current turn', async () => {
    const { batches, runBatch } = controlledRunner();
    const committer = new GroupCommitter(runBatch, { maxBatch: 8, maxInFlight: 2, gatherTurn: true });
    const first = committer.submit(1);
    await tick();
    const second = committer.submit(2);
    await tick();
    expect(batches.map((b) => b.jobs)).toEqual([[1], [2]]);
    batches.forEach((b) => b.finish());
    await expect(Promise.all([first, second])).resolves.toEqual(['done 1', 'done 2']);
  });

  it('answers a job its batch settled early before the batch is done, and keeps that answer', async () => {
    const { batches, runBatch } = controlledRunner();
    const committer = new GroupCommitter(runBatch, { maxBatch: 8, maxInFlight: 1, gatherTurn: true });
    const answered: string[] = [];
    const answers = [1, 2].map((job) => committer.submit(job).then((value) => (answered.push(value), value)));
    await tick();
    expect(batches.map((b) => b.jobs)).toEqual([[1, 2]]);
    batches[0].settle(0, { ok: true, value: 'early 1' });
    await tick();
    expect(answered).toEqual(['early 1']);
    batches[0].finish([
      { ok: true, value: 'late 1' },
      { ok: true, value: 'done 2' },
    ]);
    await expect(Promise.all(answers)).resolves.toEqual(['early 1', 'done 2']);
  });
});
