import { Injectable } from '@nestjs/common';
import { type Page, type TaskDto, type TaskListQuery, type TASK_SORTS } from '@tongban/api-contract';
import {
  decisionStanding,
  holdsClaim,
  inboxCandidates,
  inboxEntry,
  type ItemCards,
  itemCardAt,
  remainingDays,
  stepCardAt,
  type TaskCandidates,
  warningOf,
} from '@tongban/flow-engine';
import type { WorkCalendar } from '@tongban/work-calendar';
import { DataSource } from 'typeorm';
import { ApiException, conflict, forbidden, notFound } from '../../../common/api-exception';
import {
  assertSortable,
  containing,
  isPaged,
  orderBy,
  pageOfRows,
  shanghaiDay,
  Where,
} from '../../../common/list-query';
import { PreparedQueries } from '../../../common/database/prepared-queries.service';
import { CalendarService } from '../../calendar/calendar.service';
import { ClockService } from '../../clock/clock.service';
import type { AuthUser } from '../../identity';
import { StaffService } from '../../staff/staff.service';
import { CommandExecutor } from '../command-executor.service';
import { ApplicationAccess } from '../applications/application-access.service';
import { validKey } from '../applications/application-commands.service';
import { APPLICANT_MATCHES } from '../applications/applications.service';
import {
  type ActingPerson,
  mayTake,
  type Person,
  personOf,
  takenAs,
  TASK_CANDIDATE_FILTER_SQL,
  TASK_ELIGIBLE_SQL,
} from './task-eligibility';

type DecisionInput = { decision: 'approve' | 'reject' | 'return'; comment?: string; inDepartmentName?: boolean };

interface TaskRow {
  id: string;
  applicationId: string;
  centerId: string;
  nodeId: string;
  nodeName: string | null;
  department: string | null;
  candidateRoles: string[];
  candidateUsers: string[];
  status: 'open' | 'closed';
  createdAt: Date;
  deadline: Date | null;
  closedAt: Date | null;
  decision: TaskDto['decision'];
  completedBy: string | null;
  onBehalfOf: string | null;
  claimedBy: string | null;
  receiptNo: string;
  itemCode: string;
  applicant: string;
  cards: ItemCards | null;
}

/** The workbench inbox (own, role, department and B-post tasks) and task decisions. */
@Injectable()
export class TasksService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: ClockService,
    private readonly calendars: CalendarService,
    private readonly staff: StaffService,
    private readonly executor: CommandExecutor,
    private readonly access: ApplicationAccess,
    private readonly prepared: PreparedQueries,
  ) {}

  /**
   * The inbox: tasks the caller may take (itself or as B for an absent A), its department's as 首席代表, and those
   * it decided. Without `page`/`pageSize` the first `limit` by deadline as an array (as the contract always said);
   * with them one page and the total, the whole visibility rule then being SQL (TASK_VISIBLE).
   */
  async inbox(user: AuthUser, query: TaskListQuery): Promise<TaskDto[] | Page<TaskDto>> {
    assertSortable(query);
    const { status } = query;
    const now = this.clock.now();
    const people = await this.peopleActingAs(user, now);
    // SQL narrows to tasks naming one of these people, their roles or their departments' queues; mayTake then
    // applies the rule itself.
    const { usernames, roles, departments } = inboxCandidates(people);
    // A chief representative (首席代表) also sees its department's tasks, to decide them in its name.
    const chiefOf = user.chiefRepresentative ? user.department : null;
    const where = new Where([
      user.centerId,
      usernames,
      roles,
      status === 'all' ? null : status,
      user.username,
      chiefOf,
      departments,
    ]);
    where.and(`t.center_id = $1 AND ($4::text IS NULL OR t.status = $4)
         AND (${TASK_CANDIDATE_FILTER_SQL('t', '$2', '$3', '$7')} OR t.completed_by = $5 OR t.department = $6)`);
    where.when(query.receiptNo && containing(query.receiptNo), (p) => `a.receipt_no ILIKE ${p}`);
    where.when(query.applicant && containing(query.applicant), (p) => APPLICANT_MATCHES(p));
    where.when(query.from, (p) => `${shanghaiDay('a.created_at')} >= ${p}::date`);
    where.when(query.to, (p) => `${shanghaiDay('a.created_at')} <= ${p}::date`);
    const calendar = await this.calendars.forCenter(user.centerId);
    const withClosed = status !== 'open';
    const toDtos = (rows: TaskRow[], limit = rows.length) =>
      rows
        .flatMap((task) => {
          const entry = inboxEntry({ caller: user, people, task, withClosed });
          return entry ? [{ ...toTaskDto(task, calendar, now, entry.actingFor, user.username), ...entry }] : [];
        })
        .slice(0, limit);
    const order = orderBy(query, TASK_SORT_COLUMNS, 't.deadline ASC NULLS LAST, t.created_at ASC', 't.id');
    if (isPaged(query)) {
      const peopleJson = where.param(JSON.stringify(people.map(({ person }) => person)));
      where.and(TASK_VISIBLE(peopleJson, withClosed));
      return pageOfRows(
        this.db,
        query,
        { select: TASK_SELECT, from: TASK_FROM, where, orderBy: order },
        (rows: TaskRow[]) => toDtos(rows),
      );
    }
    const rows: TaskRow[] = await this.db.query(
      `${TASK_SELECT} ${TASK_FROM} WHERE ${where.sql}
       ORDER BY ${order}`,
      where.params,
    );
    return toDtos(rows, query.limit);
  }

  async complete(user: AuthUser, taskId: string, input: DecisionInput, idempotencyKey?: string) {
    const { task, behalf } = await this.lookup(user, taskId);
    const standing = decisionStanding({
      person: user,
      task,
      candidate: behalf !== undefined,
      inDepartmentName: input.inDepartmentName === true,
    });
    if (standing === null && input.inDepartmentName) {
      throw new ApiException(403, 'CHIEF_REPRESENTATIVE_ONLY', '只有本部门的首席代表可以以部门名义作出决定');
    }
    if (standing === null) throw forbidden('该任务不在您的待办范围内');
    if (standing === 'department') return this.decide(user, task, null, input, idempotencyKey, task.department!);
    return this.decide(user, task, behalf ?? null, input, idempotencyKey);
  }

  /**
   * 认领 (`claim`) or gives back (`unclaim`) a task the caller may take, as one engine step. A claim of a task the
   * caller holds already (itself, or the absent A it covers) answers as it stands: opening a task to decide it
   * claims it, however often it is opened.
   */
  async claim(user: AuthUser, taskId: string, command: 'claim' | 'unclaim') {
    const { task, behalf } = await this.lookup(user, taskId);
    if (behalf === undefined) throw forbidden('该任务不在您的待办范围内');
    if (task.status !== 'open') throw conflict('TASK_NOT_OPEN', '任务已办结');
    if (command === 'claim' && holdsClaim(task.claimedBy, { actor: user.username, onBehalfOf: behalf })) {
      return { taskId, applicationId: task.applicationId, claimedBy: task.claimedBy, version: task.version };
    }
    const outcome = await this.executor.execute({
      applicationId: task.applicationId,
      command,
      nodeId: task.nodeId,
      actor: user.username,
      onBehalfOf: behalf,
      event: { type: command, taskId, actor: user.username, ...(behalf ? { onBehalfOf: behalf } : {}) },
      payload: { taskId },
      actorDepartment: user.department,
    });
    const claimedBy = command === 'claim' ? user.username : null;
    return { taskId, applicationId: task.applicationId, claimedBy, version: outcome.version };
  }

  /**
   * The task and whom the caller takes it as (itself, an absent A it covers, or — undefined — nobody). A task this
   * process opened whose address names the caller, unclaimed or claimed by it, needs nothing read; otherwise the
   * task is read and the A posts the caller covers are asked for (`takenAs` puts the address first, and a covered
   * A's claim before both).
   */
  private async lookup(user: AuthUser, taskId: string) {
    const hot = this.executor.openTask(taskId);
    if (hot && hot.centerId === user.centerId && this.takesItself(user, hot)) return { task: hot, behalf: null };
    const task = await this.readTask(taskId);
    if (!task || task.centerId !== user.centerId) throw notFound('TASK_NOT_FOUND', '任务不存在');
    if (this.takesItself(user, task)) return { task, behalf: null };
    const people = await this.peopleActingAs(user, this.clock.now());
    return { task, behalf: takenAs(people, task) };
  }

  private takesItself(user: AuthUser, task: TaskCandidates & { claimedBy: string | null }): boolean {
    const ownClaim = task.claimedBy === null || holdsClaim(task.claimedBy, { actor: user.username });
    return ownClaim && mayTake(personOf(user), { ...task, claimedBy: null });
  }

  private async readTask(taskId: string): Promise<(TaskRow & { version: number }) | undefined> {
    const [task] = await this.prepared.lookup<TaskRow & { version: number }>(
      `${TASK_SELECT}, p.version ${TASK_FROM} JOIN process_instance p ON p.application_id = t.application_id
       WHERE t.id = $1`,
      ['text'],
      [taskId],
    );
    return task;
  }

  private async decide(
    user: AuthUser,
    task: { id: string; applicationId: string; nodeId: string },
    behalf: string | null,
    input: DecisionInput,
    idempotencyKey: string | undefined,
    inNameOf?: string,
  ) {
    const taskId = task.id;
    const outcome = await this.executor.execute({
      applicationId: task.applicationId,
      command: 'complete',
      nodeId: task.nodeId,
      actor: user.username,
      onBehalfOf: behalf,
      idempotencyKey: validKey(idempotencyKey),
      event: {
        type: 'decide',
        taskId,
        decision: input.decision,
        comment: input.comment,
        actor: user.username,
        ...(behalf ? { onBehalfOf: behalf } : {}),
        ...(inNameOf ? { inNameOf } : {}),
      },
      payload: { taskId, decision: input.decision, comment: input.comment ?? null, ...(inNameOf ? { inNameOf } : {}) },
      actorDepartment: user.department,
    });
    return { taskId, applicationId: task.applicationId, status: outcome.status, version: outcome.version };
  }

  /** The caller, then each absent A post it covers as B. */
  private async peopleActingAs(user: AuthUser, at: Date): Promise<ActingPerson[]> {
    return this.peopleCovered(user, await this.staff.coveredBy(user.username, at));
  }

  private async peopleCovered(user: AuthUser, covered: string[]): Promise<ActingPerson[]> {
    const self = { person: personOf(user), behalf: null };
    if (!covered.length) return [self];
    const rows: Person[] = await this.db.query(
      `SELECT username, roles, department FROM app_user WHERE username = ANY($1)`,
      [covered],
    );
    return [self, ...rows.map((person) => ({ person, behalf: person.username }))];
  }
}

const TASK_SELECT = `
  SELECT t.id, t.application_id AS "applicationId", t.center_id AS "centerId", t.node_id AS "nodeId",
         t.node_name AS "nodeName", t.department, t.candidate_roles AS "candidateRoles",
         t.candidate_users AS "candidateUsers", t.status, t.created_at AS "createdAt", t.deadline,
         t.closed_at AS "closedAt", t.decision, t.completed_by AS "completedBy", t.on_behalf_of AS "onBehalfOf",
         t.claimed_by AS "claimedBy", a.receipt_no AS "receiptNo", a.item_code AS "itemCode", a.applicant, a.cards`;
const TASK_FROM = `FROM task t JOIN application a ON a.id = t.application_id`;

/** `sort` fields of `GET /api/tasks` (TASK_SORTS) and their columns. */
const TASK_SORT_COLUMNS: Record<(typeof TASK_SORTS)[number], string> = {
  deadline: 't.deadline',
  createdAt: 't.created_at',
  receiptNo: 'a.receipt_no',
  nodeName: 't.node_name',
  closedAt: 't.closed_at',
  submittedAt: 'a.created_at',
};

/**
 * `inboxEntry` (libs/flow-engine) as SQL, so that a page is counted and cut in the database: some person the caller
 * acts as may take it (`mayTake` as TASK_ELIGIBLE_SQL: itself, or an absent A it covers); or the caller is its
 * department's 首席代表 and it is open ($6: the chief's department, never the window); or — beyond open tasks — the
 * caller decided it ($5).
 * `people`: a jsonb array of { username, roles, department }.
 */
const TASK_VISIBLE = (people: string, decided: boolean) => `EXISTS (
    SELECT 1 FROM jsonb_to_recordset(${people}::jsonb) AS p(username text, roles text[], department text)
    WHERE ${TASK_ELIGIBLE_SQL('p', 't')})
  OR (t.status = 'open' AND t.department = $6 AND t.department <> 'center')
  ${decided ? "OR (t.status <> 'open' AND t.completed_by = $5)" : ''}`;

function toTaskDto(
  row: TaskRow,
  calendar: WorkCalendar,
  now: Date,
  behalf: string | null,
  username: string,
): Omit<TaskDto, 'inDepartmentName'> {
  const at = now.toISOString();
  const deadline = row.deadline ? new Date(row.deadline).toISOString() : null;
  const open = row.status === 'open';
  const stepCard = open ? stepCardAt(row.cards, row.nodeId, at) : null;
  return {
    id: row.id,
    applicationId: row.applicationId,
    receiptNo: row.receiptNo,
    itemCode: row.itemCode,
    applicant: row.applicant,
    nodeId: row.nodeId,
    nodeName: row.nodeName,
    department: row.department,
    assignee: row.candidateUsers.length ? row.candidateUsers.join(',') : username,
    candidateRoles: row.candidateRoles,
    candidateUsers: row.candidateUsers,
    status: row.status,
    createdAt: new Date(row.createdAt).toISOString(),
    deadline,
    remainingWorkingDays:
      open && deadline ? remainingDays(calendar, new Date(row.createdAt).toISOString(), deadline, at) : null,
    // One rule for every chip (the item view's and the dashboard's): `warning` is the step's card in the
    // older three words, no longer a second reading of the deadline that could disagree with it.
    warning: open ? warningOf(stepCard) : null,
    card: stepCard,
    itemCard: open ? itemCardAt(row.cards, at) : null,
    actingFor: behalf,
    claimedBy: row.claimedBy,
    decision: row.decision,
    completedBy: row.completedBy,
    closedAt: row.closedAt ? new Date(row.closedAt).toISOString() : null,
  };
}
