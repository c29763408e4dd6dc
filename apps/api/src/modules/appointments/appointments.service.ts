import { Injectable } from '@nestjs/common';
import type { AppointmentListQuery, Page } from '@tongban/api-contract';
import type { WorkCalendar } from '@tongban/work-calendar';
import { DataSource, type EntityManager } from 'typeorm';
import { assertSortable, isPaged, orderBy, pageOfRows, Where } from '../../common/list-query';
import { type CatalogLookup, CatalogResolver, catalogCodeAmbiguous } from '../centers/catalog-resolver.service';
import { CalendarService } from '../calendar/calendar.service';
import { ClockService } from '../clock/clock.service';
import type { AuthUser } from '../identity';
import {
  alreadyCancelled,
  appointmentNotFound,
  cancelTooLate,
  doubleBooking,
  invalidSlot,
  slotFull,
  unknownItem,
} from './appointments.exception';
import {
  APPOINTMENT_COLUMNS,
  APPOINTMENT_FROM,
  APPOINTMENT_SELECT,
  APPOINTMENT_SORT_COLUMNS,
  type AppointmentDto,
  type SlotsDto,
} from './dtos/appointment.dto';
import type { BookInput } from './dtos/appointment.input';
import { CenterSettingsService } from '../centers/center-settings.service';
import { bookableDates, CANCEL_BEFORE_MS, officeHoursText, slotsOf, slotStart } from './slot-plan';

interface ItemRow {
  code: string;
  centerId: string;
  window: string;
}

const STAFF = ['officer', 'reviewer', 'committee', 'admin', 'supervisor'];

/** 预约: working-day slots per window with a capacity; one booking per person per slot and per item. */
@Injectable()
export class AppointmentsService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: ClockService,
    private readonly calendars: CalendarService,
    private readonly catalog: CatalogResolver,
    private readonly settings: CenterSettingsService,
  ) {}

  /** The center's slots and their capacity (中心设置: office hours and appointment capacity). */
  private async hall(centerId: string) {
    const { officeHours, appointmentCapacity } = (await this.settings.settingsOf(centerId)).service;
    return { slots: slotsOf(officeHours), capacity: appointmentCapacity, hours: officeHoursText(officeHours) };
  }

  async slots(itemCode: string, lookup: CatalogLookup): Promise<SlotsDto> {
    const item = await this.item(itemCode, lookup);
    const calendar = await this.calendars.forCenter(item.centerId);
    const dates = bookableDates(calendar, this.clock.now());
    const taken: { date: string; slot: string; count: number }[] = await this.db.query(
      `SELECT date::text AS date, slot, count(*)::int AS count FROM appointment
       WHERE center_id = $1 AND window_key = $2 AND status = 'booked' AND date = ANY($3::date[]) GROUP BY date, slot`,
      [item.centerId, item.window, dates],
    );
    const { slots, capacity } = await this.hall(item.centerId);
    const used = new Map(taken.map((row) => [`${row.date} ${row.slot}`, row.count]));
    return {
      itemCode,
      window: item.window,
      capacity,
      days: dates.map((date) => ({
        date,
        slots: slots.map(({ slot, end }) => ({
          slot,
          end,
          capacity,
          remaining: Math.max(0, capacity - (used.get(`${date} ${slot}`) ?? 0)),
        })),
      })),
    };
  }

  async book(user: AuthUser, input: BookInput): Promise<AppointmentDto> {
    const item = await this.item(input.itemCode, { requested: input.centerId, caller: user.centerId });
    const calendar = await this.calendars.forCenter(item.centerId);
    const now = this.clock.now();
    const hall = await this.hall(item.centerId);
    const startsAt = this.checkedStart(calendar, now, input, hall);
    const id = await this.db.transaction(async (manager) => {
      // One lock per day: capacity and the per-person rules are counted with nobody else booking that day.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('appointment:' || $1))`, [input.date]);
      await this.checkFree(manager, user, item, input, now, hall.capacity);
      const [{ seq }] = await manager.query(`SELECT count(*)::int + 1 AS seq FROM appointment WHERE date = $1`, [
        input.date,
      ]);
      const bookingNo = `Y${input.date.replace(/-/g, '')}-${String(seq).padStart(4, '0')}`;
      const [row] = await manager.query(
        `INSERT INTO appointment (center_id, booking_no, username, item_code, window_key, date, slot, starts_at, status, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'booked', $9) RETURNING id`,
        [
          item.centerId,
          bookingNo,
          user.username,
          item.code,
          item.window,
          input.date,
          input.slot,
          startsAt.toISOString(),
          now.toISOString(),
        ],
      );
      return row.id as string;
    });
    return this.one(id);
  }

  /**
   * The applicant's own bookings or the staff's center's, by start: without `page`/`pageSize` all as an array (as
   * the contract always said), with them one page and the total; `date`, `status` and `itemCode` narrow both.
   */
  async list(user: AuthUser, query: AppointmentListQuery): Promise<AppointmentDto[] | Page<AppointmentDto>> {
    assertSortable(query);
    const staff = user.roles.some((role) => STAFF.includes(role));
    const where = new Where([staff ? user.centerId : user.username]).and(
      staff ? 'p.center_id = $1' : 'p.username = $1',
    );
    where.when(query.date, (p) => `p.date = ${p}::date`);
    where.when(query.status, (p) => `p.status = ${p}`);
    where.when(query.itemCode, (p) => `p.item_code = ${p}`);
    const order = orderBy(query, APPOINTMENT_SORT_COLUMNS, 'p.starts_at, p.booking_no', 'p.id');
    if (isPaged(query)) {
      const sql = { select: APPOINTMENT_COLUMNS, from: APPOINTMENT_FROM, where, orderBy: order };
      return pageOfRows(this.db, query, sql, (rows: Omit<AppointmentDto, 'cancelUntil'>[]) =>
        rows.map(withCancelUntil),
      );
    }
    const rows = await this.db.query(`${APPOINTMENT_SELECT} WHERE ${where.sql} ORDER BY ${order}`, where.params);
    return rows.map(withCancelUntil);
  }

  async cancel(user: AuthUser, id: string): Promise<AppointmentDto> {
    const appointment = /^[0-9a-f-]{36}$/i.test(id) ? await this.one(id).catch(() => undefined) : undefined;
    if (!appointment || appointment.username !== user.username) throw appointmentNotFound();
    if (appointment.status === 'cancelled') throw alreadyCancelled();
    const now = this.clock.now();
    if (now.getTime() > new Date(appointment.cancelUntil).getTime()) throw cancelTooLate();
    await this.db.query(
      `UPDATE appointment SET status = 'cancelled', cancelled_at = $2 WHERE id = $1 AND status = 'booked'`,
      [id, now.toISOString()],
    );
    return this.one(id);
  }

  private checkedStart(
    calendar: WorkCalendar,
    now: Date,
    input: BookInput,
    hall: { slots: ReturnType<typeof slotsOf>; hours: string },
  ): Date {
    const slot = hall.slots.find((candidate) => candidate.slot === input.slot);
    if (!slot) throw invalidSlot(`没有 ${input.slot} 这个时段（办公时间 ${hall.hours}，每 30 分钟一个时段）`);
    let workday: boolean;
    try {
      workday = calendar.isWorkday(input.date);
    } catch {
      throw invalidSlot(`日期 ${input.date} 无效`);
    }
    if (!workday) throw invalidSlot(`${input.date} 不是工作日，大厅不办公`);
    const dates = bookableDates(calendar, now);
    if (!dates.includes(input.date)) {
      throw invalidSlot(`只能预约 ${dates[0]} 至 ${dates[dates.length - 1]} 之间的工作日`, { bookable: dates });
    }
    return slotStart(calendar, input.date, slot);
  }

  private async checkFree(
    manager: EntityManager,
    user: AuthUser,
    item: ItemRow,
    input: BookInput,
    now: Date,
    capacity: number,
  ): Promise<void> {
    // One booking per person per item — an item is a center's code — and per slot, whichever center's hall.
    const [mine] = await manager.query(
      `SELECT center_id = $6 AND item_code = $3 AS "sameItem", date::text AS date, slot FROM appointment
       WHERE username = $1 AND status = 'booked' AND starts_at > $2
         AND ((center_id = $6 AND item_code = $3) OR (date = $4 AND slot = $5))
       ORDER BY 1 DESC LIMIT 1`,
      [user.username, now.toISOString(), item.code, input.date, input.slot, item.centerId],
    );
    if (mine?.sameItem) throw doubleBooking(`您已预约该事项（${mine.date} ${mine.slot}），如需改约请先取消原预约`);
    if (mine) throw doubleBooking(`您在 ${input.date} ${input.slot} 已有其他预约`);
    const [{ count }] = await manager.query(
      `SELECT count(*)::int AS count FROM appointment
       WHERE center_id = $1 AND window_key = $2 AND date = $3 AND slot = $4 AND status = 'booked'`,
      [item.centerId, item.window, input.date, input.slot],
    );
    if (count >= capacity) throw slotFull();
  }

  /** The item its code names for the caller (catalog codes are unique within a center); not a retired one. */
  private async item(code: string, lookup: CatalogLookup): Promise<ItemRow> {
    const rows: ItemRow[] = await this.db.query(
      `SELECT code, center_id AS "centerId", COALESCE(NULLIF(window_authority, ''), department) AS window
       FROM catalog_item WHERE code = $1 AND retired_at IS NULL`,
      [code],
    );
    const resolution = await this.catalog.resolve(
      rows.map((row) => row.centerId),
      lookup,
    );
    if ('refusal' in resolution && resolution.refusal === 'ambiguous') {
      throw catalogCodeAmbiguous(code, resolution.centers);
    }
    const row = 'centerId' in resolution ? rows.find((r) => r.centerId === resolution.centerId) : undefined;
    if (!row) throw unknownItem(code);
    return row;
  }

  private async one(id: string): Promise<AppointmentDto> {
    const [row] = await this.db.query(`${APPOINTMENT_SELECT} WHERE p.id = $1`, [id]);
    if (!row) throw appointmentNotFound();
    return withCancelUntil(row);
  }
}

function withCancelUntil(row: Omit<AppointmentDto, 'cancelUntil'>): AppointmentDto {
  const startsAt = new Date(row.startsAt);
  return {
    ...row,
    startsAt: startsAt.toISOString(),
    cancelUntil: new Date(startsAt.getTime() - CANCEL_BEFORE_MS).toISOString(),
  };
}
