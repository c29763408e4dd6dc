import { Injectable } from '@nestjs/common';
import { audienceOfTask, taskReminderDue } from '@tongban/flow-engine';
import { DataSource } from 'typeorm';
import { CalendarService } from '../calendar/calendar.service';

interface OpenTask {
  id: string;
  centerId: string;
  applicationId: string;
  nodeName: string;
  deadline: Date;
  department: string | null;
  candidateRoles: string[];
  candidateUsers: string[];
  claimedBy: string | null;
}

/** Long enough to hold two working days and the longest holiday between them. */
const LOOKAHEAD_DAYS = 20;

/**
 * 临期提醒: once per task and deadline, the task's officers (its claimant, else its candidates) are told when two
 * working days or fewer remain; the outbox's dedupe key makes a second sweep (or another process) a no-op.
 */
@Injectable()
export class TaskReminders {
  constructor(
    private readonly db: DataSource,
    private readonly calendars: CalendarService,
  ) {}

  async enqueueDue(until: Date): Promise<number> {
    const tasks: OpenTask[] = await this.db.query(
      `SELECT t.id, t.center_id AS "centerId", t.application_id AS "applicationId", t.node_name AS "nodeName",
              t.deadline, t.department, t.candidate_roles AS "candidateRoles", t.candidate_users AS "candidateUsers",
              t.claimed_by AS "claimedBy"
       FROM task t
       WHERE t.status = 'open' AND t.deadline > $1 AND t.deadline <= $1 + make_interval(days => ${LOOKAHEAD_DAYS})
         AND NOT EXISTS (SELECT 1 FROM notification_outbox o
                         WHERE o.dedupe_key = 'task-due-soon:' || t.id || ':' || extract(epoch FROM t.deadline)::bigint)`,
      [until],
    );
    let enqueued = 0;
    for (const task of tasks) {
      const calendar = await this.calendars.forCenter(task.centerId);
      const deadline = new Date(task.deadline).toISOString();
      const at = until.toISOString();
      const remaining = calendar.remainingWorkingDays({ deadline, at });
      if (!taskReminderDue({ deadline, at, remainingWorkingDays: remaining })) continue;
      const audience = task.claimedBy ? { users: [task.claimedBy] } : audienceOfTask(task);
      const [, inserted] = await this.db.query(
        `INSERT INTO notification_outbox (center_id, audience, kind, application_id, params, dedupe_key, created_at)
         VALUES ($1, $2, 'task-due-soon', $3, $4, $5, $6) ON CONFLICT (dedupe_key) DO NOTHING`,
        [
          task.centerId,
          JSON.stringify(audience),
          task.applicationId,
          JSON.stringify({ taskId: task.id, nodeName: task.nodeName, deadline }),
          `task-due-soon:${task.id}:${Math.floor(Date.parse(deadline) / 1000)}`,
          until,
        ],
      );
      enqueued += inserted;
    }
    return enqueued;
  }
}
