import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/app-config.module';
import { ClockService } from '../../clock/clock.service';
import { StaffService } from '../../staff/staff.service';
import { CommandExecutor } from '../command-executor.service';

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
    await this.fireDue(this.clock.now());
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

  /** Fires every pending timer due at or before `until`, earliest first; returns how many fired. */
  async fireDue(until: Date, onEach?: (timer: DueTimer) => Promise<void>): Promise<number> {
    let fired = 0;
    for (;;) {
      const timer = await this.fireNext(until, onEach);
      if (!timer) break;
      fired++;
    }
    for (const work of this.dueWork) await work(until);
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

  private async fireNext(until: Date, onEach?: (timer: DueTimer) => Promise<void>): Promise<DueTimer | null> {
    let claimed: DueTimer | undefined;
    try {
      return await this.db.transaction(async (manager) => {
        // Timer and instance are locked together and never waited for: a command holds the instance and then
        // cancels timers, so a sweep that held a timer while waiting for the instance could deadlock with it.
        const [timer]: DueTimer[] = await manager.query(
          `SELECT t.id, t.application_id AS "applicationId", t.center_id AS "centerId", t.due_at AS "dueAt"
           FROM timer t JOIN process_instance p ON p.application_id = t.application_id
           WHERE t.status = 'pending' AND t.due_at <= $1
           ORDER BY t.due_at, t.id LIMIT 1 FOR UPDATE OF t, p SKIP LOCKED`,
          [until.toISOString()],
        );
        if (!timer) return null;
        claimed = timer;
        await onEach?.(timer);
        // On the manual clock a timer fires at the instant it fell due, so records carry the right day.
        const at = this.clock.manual ? new Date(timer.dueAt) : this.clock.now();
        await this.executor.executeIn(manager, {
          applicationId: timer.applicationId,
          command: 'timer',
          event: { type: 'timer', timerId: timer.id, actor: 'system' },
          actor: 'system',
          at,
          payload: { timerId: timer.id, dueAt: new Date(timer.dueAt).toISOString() },
          // A lapse while B covered an absent A is B's (ledgerResponsibility).
          coverage: () => this.staff.coverageAt(timer.centerId, at),
        });
        await manager.query(`UPDATE timer SET status = 'fired', fired_at = $2 WHERE id = $1`, [timer.id, at]);
        return timer;
      });
    } catch (error) {
      if (!claimed) throw error;
      if (isRetryable(error) && this.retries(claimed.id) <= MAX_RETRIES) return claimed;
      await this.quarantine(claimed, error);
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
  private async quarantine(timer: DueTimer, error: unknown): Promise<void> {
    await this.db.query(`UPDATE timer SET status = 'cancelled', fired_at = $2 WHERE id = $1 AND status = 'pending'`, [
      timer.id,
      this.clock.now().toISOString(),
    ]);
    this.logger.error(`timer ${timer.id} failed and was set aside: ${error instanceof Error ? error.stack : error}`);
  }
}

const MAX_RETRIES = 5;

/** Deadlock and serialization failures say "try again", not "this timer is broken". */
function isRetryable(error: unknown): boolean {
  const code =
    (error as { driverError?: { code?: string }; code?: string } | null)?.driverError?.code ??
    (error as { code?: string } | null)?.code;
  return code === '40P01' || code === '40001';
}
