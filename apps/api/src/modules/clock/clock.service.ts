import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/app-config.module';
import type { AppConfig } from '../../config/app-config';
import { badRequest, conflict } from '../../common/api-exception';

/** The work calendars end with 2100; timers and deadlines past it cannot be computed. */
const CLOCK_END = Date.parse('2101-01-01T00:00:00Z');

/**
 * The server's notion of "now". On the system clock it is the wall clock; with CLOCK=manual it moves only
 * when told (tests, demos), is kept in the database so a restart continues where it stood, and never goes back.
 */
@Injectable()
export class ClockService implements OnModuleInit {
  private manualNow: Date | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
  ) {}

  get manual(): boolean {
    return this.config.clock === 'manual';
  }

  async onModuleInit(): Promise<void> {
    if (!this.manual) return;
    const [row] = await this.db.query(`SELECT now AS "now" FROM manual_clock WHERE id = 1`);
    const stored: Date | null = row ? new Date(row.now) : null;
    const requested = this.config.clockStart ? new Date(this.config.clockStart) : null;
    if (requested && Number.isNaN(requested.getTime()))
      throw new Error(`CLOCK_START is not an instant: ${this.config.clockStart}`);
    const start = [stored, requested].filter((d): d is Date => d !== null).sort((a, b) => b.getTime() - a.getTime())[0];
    await this.persist(start ?? new Date());
  }

  now(): Date {
    if (!this.manual) return new Date();
    if (!this.manualNow) throw new Error('manual clock not initialised');
    return new Date(this.manualNow);
  }

  /** Moves the manual clock to `target` (forward only, and never past the calendars' last year). */
  async moveTo(target: Date): Promise<void> {
    const current = this.now();
    if (!(target.getTime() < CLOCK_END)) {
      throw badRequest('CLOCK_OUT_OF_RANGE', '测试时钟只能调整到 2100-12-31 之前');
    }
    if (target.getTime() < current.getTime()) {
      throw conflict('CLOCK_BACKWARDS', `时钟只能向前调整（当前 ${current.toISOString()}）`);
    }
    await this.persist(target);
  }

  private async persist(at: Date): Promise<void> {
    await this.db.query(
      `INSERT INTO manual_clock (id, now) VALUES (1, $1)
       ON CONFLICT (id) DO UPDATE SET now = GREATEST(manual_clock.now, EXCLUDED.now)`,
      [at.toISOString()],
    );
    this.manualNow = at;
  }
}
