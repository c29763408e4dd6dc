import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/app-config.module';
import { ClockService } from '../../clock/clock.service';
import { StaffService } from '../../staff/staff.service';
import { CommandExecutor, type CommandRequest } from '../command-executor.service';

interface DueTimer {
  id: string;
  applicationId: string;
  centerId: string;
  dueAt: Date;
}

/**
 * Fires due timers exactly once across any number of API processes: each timer is claimed with
 * FOR UPDATE SKIP LOCKED and marked fired in the same transaction as the engine step it causes.
 * Timers that fell due while no server ran fire at start-up.
 */
@Injectable()
export class TimerSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TimerSweeper.name);
  private poll: NodeJS.Timeout | undefined;
  private sweeping: Promise<number> | undefined;

  constructor(
    private readonly db: DataSource,
    private readonly clock: ClockService,
    private readonly executor: CommandExecutor,
    private readonly staff: StaffService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.fireTimers(this.clock.now());
    // The other due work runs behind: a backlog of deliveries (say, after an outage of the mail server) may take
    // minutes, and the server must answer meanwhile. Shutdown waits for it.
    void this.sweep();
    if (!this.clock.manual && this.config.timerPollMs > 0) {
      this.poll = setInterval(() => void this.sweep(), this.config.timerPollMs);
      this.poll.unref();
    }
  }

  onApplicationShutdown(): Promise<unknown> | void {
    clearInterval(this.poll);
    return this.sweeping;
  }

  private readonly dueWork: ((until: Date) => Promise<unknown>)[] = [];

  /**
   * Other work that falls due with the clock and is recorded once (a complaint past its rectification date): run
   * after the timers, on every sweep and every move of the manual clock.
   */
  alsoSweep(work: (until: Date) => Promise<unknown>): void {
    this.dueWork.push(work);
  }

  /**
   * Fires every pending timer due at or before `until`, earliest first, then the other due work (the
   * notifications the steps caused are delivered in it); returns how many timers fired.
   */
  async fireDue(until: Date): Promise<number> {
    const fired = await this.fireTimers(until);
    for (const work of this.dueWork) await work(until);
    return fired;
  }

  /** The timers alone: every pending timer due at or before `until`, earliest first; returns how many fired. */
  async fireTimers(until: Date): Promise<number> {
    let fired = 0;
    for (;;) {
      const claimed = await this.fireBatch(until);
      if (claimed === 0) break;
      fired += claimed;
    }
    return fired;
  }

  private sweep(): Promise<number> {
    this.sweeping ??= this.fireDue(this.clock.now())
      .catch((error) => {
        this.logger.error(`timer sweep failed: ${error instanceof Error ? error.message : error}`);
        return 0;
      })
      .finally(() => (this.sweeping = undefined));
    return this.sweeping;
  }

  /**
   * Claims up to TIMER_BATCH due timers, the earliest of each item, and fires them as one batch in one
   * transaction; a timer the engine refuses is set aside in it. When the database refuses the batch's write, its
   * timers fire one transaction each instead, so only the culprit is set aside. Returns how many were claimed.
   */
  private async fireBatch(until: Date): Promise<number> {
    try {
      return await this.db.transaction(async (manager) => {
        const timers = firstOfEachItem(await this.claim(manager, until, TIMER_BATCH));
        if (timers.length === 0) return 0;
        const settled = await this.executor.executeEachIn(
          manager,
          timers.map((timer) => this.fireRequest(timer)),
        );
        const fired = timers.filter((_, i) => settled[i].ok);
        await manager.query(
          `UPDATE timer SET status = 'fired', fired_at = f.at
           FROM unnest($1::text[], $2::timestamptz[]) AS f(id, at) WHERE timer.id = f.id`,
          [fired.map((timer) => timer.id), fired.map((timer) => this.firedAt(timer).toISOString())],
        );
        for (const [i, outcome] of settled.entries()) {
          if (!outcome.ok) await this.quarantine(manager, timers[i], outcome.error);
        }
        return timers.length;
      });
    } catch {
      let claimed = 0;
      while (claimed < TIMER_BATCH && (await this.fireNext(until))) claimed++;
      return claimed;
    }
  }

  /**
   * Timer and instance are locked together and never waited for: a command holds the instance and then cancels
   * timers, so a sweep that held a timer while waiting for the instance could deadlock with it.
   */
  private claim(manager: EntityManager, until: Date, limit: number): Promise<DueTimer[]> {
    return manager.query(
      `SELECT t.id, t.application_id AS "applicationId", t.center_id AS "centerId", t.due_at AS "dueAt"
       FROM timer t JOIN process_instance p ON p.application_id = t.application_id
       WHERE t.status = 'pending' AND t.due_at <= $1
       ORDER BY t.due_at, t.id LIMIT $2 FOR UPDATE OF t, p SKIP LOCKED`,
      [until.toISOString(), limit],
    );
  }

  /** On the manual clock a timer fires at the instant it fell due, so records carry the right day. */
  private firedAt(timer: DueTimer): Date {
    return this.clock.manual ? new Date(timer.dueAt) : this.clock.now();
  }

  private fireRequest(timer: DueTimer): CommandRequest {
    const at = this.firedAt(timer);
    return {
      applicationId: timer.applicationId,
      command: 'timer',
      event: { type: 'timer', timerId: timer.id, actor: 'system' },
      actor: 'system',
      at,
      payload: { timerId: timer.id, dueAt: new Date(timer.dueAt).toISOString() },
      // A lapse while B covered an absent A is B's (ledgerResponsibility).
      coverage: () => this.staff.coverageAt(timer.centerId, at),
    };
  }

  /** One timer in a transaction of its own: the way through when a batch's write is refused. */
  private async fireNext(until: Date): Promise<DueTimer | null> {
    let claimed: DueTimer | undefined;
    try {
      return await this.db.transaction(async (manager) => {
        const [timer] = await this.claim(manager, until, 1);
        if (!timer) return null;
        claimed = timer;
        await this.executor.executeIn(manager, this.fireRequest(timer));
        await manager.query(`UPDATE timer SET status = 'fired', fired_at = $2 WHERE id = $1`, [
          timer.id,
          this.firedAt(timer),
        ]);
        return timer;
      });
    } catch (error) {
      if (!claimed) throw error;
      if (isRetryable(error) && this.retries(claimed.id) <= MAX_RETRIES) return claimed;
      await this.quarantine(this.db.manager, claimed, error);
      return claimed;
    }
  }

  private readonly attempts = new Map<string, number>();

  private retries(timerId: string): number {
    const attempts = (this.attempts.get(timerId) ?? 0) + 1;
    if (this.attempts.size > 10_000) this.attempts.clear();
    this.attempts.set(timerId, attempts);
    return attempts;
  }

  /** A timer whose step fails would block the queue forever: set it aside loudly and go on. */
  private async quarantine(manager: EntityManager, timer: DueTimer, error: unknown): Promise<void> {
    await manager.query(`UPDATE timer SET status = 'cancelled', fired_at = $2 WHERE id = $1 AND status = 'pending'`, [
      timer.id,
      this.clock.now().toISOString(),
    ]);
    this.logger.error(`timer ${timer.id} failed and was set aside: ${error instanceof Error ? error.stack : error}`);
  }
}

const MAX_RETRIES = 5;
/**
 * Timers fired per transaction. An item's later timers wait for the next batch: the earlier one's step may
 * cancel them.
 */
const TIMER_BATCH = 300;

/** The earliest claimed timer of each item (the claim is in due order). */
function firstOfEachItem(timers: DueTimer[]): DueTimer[] {
  const items = new Set<string>();
  return timers.filter((timer) => !items.has(timer.applicationId) && items.add(timer.applicationId));
}

/** Deadlock and serialization failures say "try again", not "this timer is broken". */
function isRetryable(error: unknown): boolean {
  const code =
    (error as { driverError?: { code?: string }; code?: string } | null)?.driverError?.code ??
    (error as { code?: string } | null)?.code;
  return code === '40P01' || code === '40001';
}
