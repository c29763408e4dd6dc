import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createWorkCalendar, type WorkCalendar } from '@tongban/work-calendar';
import { Repository } from 'typeorm';
import { CalendarOverrideEntity } from './calendar-override.entity';

const CACHE_MS = 5_000;

/** Each center's working-day calendar: official data plus its local overrides, cached briefly. */
@Injectable()
export class CalendarService {
  private readonly cache = new Map<string, { calendar: WorkCalendar; loadedAt: number }>();

  constructor(@InjectRepository(CalendarOverrideEntity) private readonly overrides: Repository<CalendarOverrideEntity>) {}

  async forCenter(centerId: string): Promise<WorkCalendar> {
    const cached = this.cache.get(centerId);
    // Other API processes may change overrides; a short cache keeps them in step without a query per command.
    if (cached && performance.now() - cached.loadedAt < CACHE_MS) return cached.calendar;
    const rows = await this.overrides.find({ where: { centerId }, order: { date: 'ASC' } });
    const calendar = createWorkCalendar({
      overrides: rows.map((row) => ({ date: row.date, workday: row.workday, note: row.note })),
    });
    this.cache.set(centerId, { calendar, loadedAt: performance.now() });
    return calendar;
  }

  async setOverride(centerId: string, date: string, workday: boolean, note: string): Promise<void> {
    await this.overrides.upsert({ centerId, date, workday, note }, ['centerId', 'date']);
    this.cache.delete(centerId);
  }

  async removeOverride(centerId: string, date: string): Promise<boolean> {
    const result = await this.overrides.delete({ centerId, date });
    this.cache.delete(centerId);
    return (result.affected ?? 0) > 0;
  }

  async listOverrides(centerId: string): Promise<CalendarOverrideEntity[]> {
    return this.overrides.find({ where: { centerId }, order: { date: 'ASC' } });
  }
}
