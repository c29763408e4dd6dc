import { Injectable, type OnModuleInit } from '@nestjs/common';
import { audienceOfLapse, ledgerDueDate, ledgerEntryOverdue, ledgerResponsibility } from '@tongban/flow-engine';
import { DataSource } from 'typeorm';
import { CalendarService } from '../calendar/calendar.service';
import { Outbox } from '../notifications/outbox';
import { TimerSweeper } from '../runtime/timers/timer-sweeper.service';
import { StaffService } from '../staff/staff.service';

interface ComplaintRow {
  id: string;
  centerId: string;
  applicationId: string;
  department: string | null;
  officer: string | null;
  dueDate: string;
  closedAt: Date | null;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * A complaint not rectified by its due date (整改逾期) is a fault of its own: a `complaint-overdue` ledger row against
 * the complaint's department and officer (or the B post covering that officer then), written once (its `source_entry_id` is unique), dated at the end of the
 * due date, whenever the clock passes it.
 */
@Injectable()
export class ComplaintLapses implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly calendars: CalendarService,
    private readonly timers: TimerSweeper,
    private readonly staff: StaffService,
  ) {}

  onModuleInit(): void {
    this.timers.alsoSweep((until) => this.record(until));
  }

  async record(until: Date): Promise<number> {
    // A day's margin: whether a due date has passed is decided below, in each center's own calendar.
    const rows: ComplaintRow[] = await this.db.query(
      `SELECT e.id, e.center_id AS "centerId", e.application_id AS "applicationId", e.department, e.officer,
              e.due_date::text AS "dueDate", e.closed_at AS "closedAt"
       FROM accountability_entry e
       WHERE e.kind = 'complaint' AND e.due_date < $1::date AND (e.closed_at IS NULL OR e.closed_at > e.due_date)
         AND NOT EXISTS (SELECT 1 FROM accountability_entry o WHERE o.source_entry_id = e.id)`,
      [new Date(until.getTime() + DAY_MS).toISOString().slice(0, 10)],
    );
    let recorded = 0;
    for (const row of rows) {
      const calendar = await this.calendars.forCenter(row.centerId);
      const closedOn = row.closedAt ? calendar.dateOf(new Date(row.closedAt).toISOString()) : null;
      if (!ledgerEntryOverdue({ dueDate: row.dueDate, closedOn }, calendar.dateOf(until.toISOString()))) continue;
      const at = calendar.endOfDay(row.dueDate);
      const { department, officer, owner } = ledgerResponsibility(
        { kind: 'complaint-overdue', department: row.department, officer: row.officer },
        {
          coveredBy: row.officer ? await this.staff.coverageAt(row.centerId, new Date(at)) : {},
          actorDepartment: null,
        },
      );
      const inserted = await this.db.transaction(async (manager) => {
        const rows: { id: string }[] = await manager.query(
          `INSERT INTO accountability_entry (center_id, application_id, kind, department, officer, node_id, note, at,
                                           owner, due_date, source_entry_id)
         VALUES ($1, $2, 'complaint-overdue', $3, $4, NULL, $5, $6, $7, $8, $9)
         ON CONFLICT (source_entry_id) DO NOTHING RETURNING id`,
          [
            row.centerId,
            row.applicationId,
            department,
            officer,
            `差评投诉未在整改期限（${row.dueDate}）内答复`,
            at,
            owner,
            ledgerDueDate(at, calendar),
            row.id,
          ],
        );
        // The lapse and its notice commit together: the complaint's owner (or its department) is told once.
        if (rows.length) {
          await Outbox.enqueue(manager, {
            centerId: row.centerId,
            recipient: {},
            audience: audienceOfLapse(owner, department),
            kind: 'complaint-due',
            applicationId: row.applicationId,
            params: { dueDate: row.dueDate },
            dedupeKey: `complaint-due:${row.id}`,
          });
        }
        return rows;
      });
      recorded += inserted.length;
    }
    return recorded;
  }
}
