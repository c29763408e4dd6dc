import { Injectable } from '@nestjs/common';
import { forbidden, notFound } from '../../../common/api-exception';
import { PreparedQueries } from '../../../common/database/prepared-queries.service';
import { CentersService } from '../../centers/centers.service';
import type { AuthUser } from '../../identity';
import { CommandExecutor } from '../command-executor.service';
import type { ApplicationFacts, ApplicationRow } from '../instance-rows';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STAFF = ['officer', 'reviewer', 'admin', 'supervisor'];
const FACTS = `SELECT a.id, a.center_id AS "centerId", a.receipt_no AS "receiptNo", a.item_code AS "itemCode",
  a.flow_key AS "flowKey", a.flow_version AS "flowVersion", a.applicant, a.channel, a.status, a.materials, a.data,
  a.created_at AS "createdAt"`;

/**
 * Who may see and move an application: an applicant only its own (others look absent: 404), staff the
 * items of their center, supervisors and admins also those of the centers below theirs.
 */
@Injectable()
export class ApplicationAccess {
  constructor(
    private readonly centers: CentersService,
    private readonly prepared: PreparedQueries,
    private readonly executor: CommandExecutor,
  ) {}

  /** The row with its instance, for a view. */
  async readable(user: AuthUser, id: string): Promise<ApplicationRow> {
    return this.mayRead(user, await this.load(id));
  }

  /**
   * The applicant's own item (supplement, withdraw); window officers may act for the applicant. A yes or no: the
   * answer is the item's facts, never its instance, which the executor alone reads. `command`: the facts may be
   * what this process last wrote (its status may be stale; the engine checks the instance at the write).
   */
  async asApplicantOrOfficer(user: AuthUser, id: string, { command = false } = {}): Promise<ApplicationFacts> {
    const row = await this.mayRead(user, await this.facts(id, command));
    if (row.applicant === user.username) return row;
    if (user.roles.includes('officer') && row.centerId === user.centerId) return row;
    throw forbidden('只有申请人本人或窗口人员可以执行此操作');
  }

  /** Window work (accept, notice, reject, pause, extend): officers of the item's own center. `command`: as above. */
  async asOfficer(user: AuthUser, id: string, { command = false } = {}): Promise<ApplicationFacts> {
    const row = await this.mayRead(user, await this.facts(id, command));
    if (!user.roles.includes('officer') || row.centerId !== user.centerId) {
      throw forbidden('只有本中心的窗口人员可以执行此操作');
    }
    return row;
  }

  async listFilter(user: AuthUser): Promise<{ sql: string; params: unknown[] }> {
    if (!user.roles.some((role) => STAFF.includes(role))) return { sql: 'a.applicant = $1', params: [user.username] };
    return { sql: 'a.center_id = ANY($1)', params: [await this.visibleCenters(user)] };
  }

  async visibleCenters(user: AuthUser): Promise<string[]> {
    if (user.roles.includes('supervisor') || user.roles.includes('admin')) {
      return this.centers.descendantsOf(user.centerId);
    }
    return [user.centerId];
  }

  private async mayRead<Row extends ApplicationFacts>(user: AuthUser, row: Row | undefined): Promise<Row> {
    if (!row) throw notFound('APPLICATION_NOT_FOUND', '办件不存在');
    if (user.roles.includes('applicant') && !user.roles.some((role) => STAFF.includes(role))) {
      if (row.applicant !== user.username) throw notFound('APPLICATION_NOT_FOUND', '办件不存在');
      return row;
    }
    if (!(await this.visibleCenters(user)).includes(row.centerId))
      throw notFound('APPLICATION_NOT_FOUND', '办件不存在');
    return row;
  }

  /** Who submitted it and where never change. */
  private async facts(id: string, command: boolean): Promise<ApplicationFacts | undefined> {
    if (command) {
      const submitted = this.executor.submitted(id);
      if (submitted) return submitted;
    }
    if (!UUID.test(id)) return undefined;
    const [row] = await this.prepared.lookup<ApplicationFacts>(
      `${FACTS} FROM application a WHERE a.id = $1`,
      ['uuid'],
      [id],
    );
    return row;
  }

  private async load(id: string): Promise<ApplicationRow | undefined> {
    if (!UUID.test(id)) return undefined;
    const [row] = await this.prepared.lookup<ApplicationRow>(
      `${FACTS}, p.snapshot, p.version FROM application a JOIN process_instance p ON p.application_id = a.id
       WHERE a.id = $1`,
      ['uuid'],
      [id],
    );
    return row;
  }
}
