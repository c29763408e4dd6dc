import { Injectable } from '@nestjs/common';
import type { AdminUser, CreateUserInput, UpdateUserInput } from '@tongban/api-contract';
import { reassignmentTarget } from '@tongban/flow-engine';
import { DataSource, type EntityManager } from 'typeorm';
import { AdminAudit, auditEntry } from '../admin-audit/admin-audit';
import type { AuthUser } from '../identity/auth-user';
import { PasswordHasher } from '../identity/password-hasher';
import { CommandExecutor } from '../runtime/command-executor.service';
import { ADMIN_USER_COLUMNS, type AdminUserRow, toAdminUser } from './admin-user';
import { AdminScope } from './admin-scope.service';
import {
  cannotDisableSelf,
  centerOutOfScope,
  departmentNotFound,
  userNotFound,
  usernameTaken,
} from './administration.exception';

/** Users of an admin's center and the centers below it: create, change, disable, reset a password. */
@Injectable()
export class UsersAdminService {
  constructor(
    private readonly db: DataSource,
    private readonly scope: AdminScope,
    private readonly passwords: PasswordHasher,
    private readonly executor: CommandExecutor,
  ) {}

  async create(admin: AuthUser, input: CreateUserInput, at: Date): Promise<AdminUser> {
    if (!(await this.scope.includes(admin, input.centerId))) throw centerOutOfScope(input.centerId);
    const hash = await this.passwords.hash(input.password);
    return this.db.transaction(async (manager) => {
      const department = input.department ?? null;
      if (department && !(await this.scope.departmentExists(manager, input.centerId, department)))
        throw departmentNotFound(input.centerId, department);
      const [row]: AdminUserRow[] = await manager.query(
        `INSERT INTO app_user (center_id, username, name, password_hash, roles, department, email, phone, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (username) DO NOTHING
         RETURNING ${ADMIN_USER_COLUMNS}`,
        [
          input.centerId,
          input.username,
          input.name,
          hash,
          input.roles,
          department,
          input.email ?? null,
          input.phone ?? null,
          at,
        ],
      );
      if (!row) throw usernameTaken(input.username);
      const user = toAdminUser(row);
      await AdminAudit.record(manager, auditEntry(admin, row.centerId, 'user.create', user.username, null, user, at));
      return user;
    });
  }

  /**
   * Changes the fields sent. Disabling locks the account out (token version bumped) and moves the open tasks it
   * holds to its B post or back to the queue, one `reassign` event per item, all in one transaction.
   */
  async update(admin: AuthUser, username: string, input: UpdateUserInput, at: Date): Promise<AdminUser> {
    const scope = await this.scope.of(admin);
    return this.db.transaction(async (manager) => {
      const current = await this.locked(manager, username, scope);
      if (input.disabled === true && username === admin.username) throw cannotDisableSelf();
      const department = input.department === undefined ? current.department : input.department;
      if (input.department && !(await this.scope.departmentExists(manager, current.centerId, input.department)))
        throw departmentNotFound(current.centerId, input.department);
      const disabling = input.disabled === true && current.disabledAt === null;
      const disabledAt =
        input.disabled === undefined ? current.disabledAt : input.disabled ? (current.disabledAt ?? at) : null;
      const [[row]]: [AdminUserRow[]] = await manager.query(
        `UPDATE app_user SET name = $2, roles = $3, department = $4, chief_representative = $5, email = $6,
                phone = $7, disabled_at = $8, token_version = token_version + $9
         WHERE username = $1 RETURNING ${ADMIN_USER_COLUMNS}`,
        [
          username,
          input.name ?? current.name,
          input.roles ?? current.roles,
          department,
          input.chiefRepresentative ?? current.chiefRepresentative,
          input.email === undefined ? current.email : input.email,
          input.phone === undefined ? current.phone : input.phone,
          disabledAt,
          disabling ? 1 : 0,
        ],
      );
      const before = toAdminUser(current);
      const after = toAdminUser(row);
      await AdminAudit.record(manager, auditEntry(admin, row.centerId, 'user.update', username, before, after, at));
      if (disabling) await this.reassignTasks(manager, admin, current, at);
      return after;
    });
  }

  /** An admin sets a new password; the user's tokens stop working (token version bumped). */
  async resetPassword(admin: AuthUser, username: string, password: string, at: Date): Promise<void> {
    const scope = await this.scope.of(admin);
    const hash = await this.passwords.hash(password);
    await this.db.transaction(async (manager) => {
      const current = await this.locked(manager, username, scope);
      await manager.query(
        `UPDATE app_user SET password_hash = $2, token_version = token_version + 1 WHERE username = $1`,
        [username, hash],
      );
      await AdminAudit.record(
        manager,
        auditEntry(admin, current.centerId, 'user.password-reset', username, null, { username }, at),
      );
    });
  }

  /**
   * Every item with an open task of the disabled officer (claimed by it, or naming it by username: assignee, 会签
   * member, candidate user): one reassign command each, to its B post or its department's queue.
   */
  private async reassignTasks(manager: EntityManager, admin: AuthUser, officer: AdminUserRow, at: Date): Promise<void> {
    const from = officer.username;
    const [backup]: { username: string; enabled: boolean }[] = await manager.query(
      `SELECT u.username, u.disabled_at IS NULL AS enabled
       FROM ab_pair p JOIN app_user u ON u.username = p.b_username WHERE p.a_username = $1`,
      [from],
    );
    const to = reassignmentTarget(from, backup ?? null);
    const department = officer.department;
    const items: { applicationId: string; nodeId: string; taskIds: string[] }[] = await manager.query(
      `SELECT application_id AS "applicationId", min(node_id) AS "nodeId", array_agg(id ORDER BY id) AS "taskIds"
       FROM task
       WHERE status = 'open' AND (claimed_by = $1 OR $1 = ANY(candidate_users))
       GROUP BY application_id ORDER BY application_id`,
      [from],
    );
    await this.executor.executeAllIn(
      manager,
      items.map(({ applicationId, nodeId, taskIds }) => ({
        applicationId,
        command: 'reassign',
        nodeId,
        actor: admin.username,
        event: { type: 'reassign', from, to, department, actor: admin.username },
        payload: { from, to, department, taskIds },
        at,
      })),
    );
  }

  /** The user, locked for the change, if it belongs to a center of the admin's scope. */
  private async locked(manager: EntityManager, username: string, scope: string[]): Promise<AdminUserRow> {
    const [row]: AdminUserRow[] = await manager.query(
      `SELECT ${ADMIN_USER_COLUMNS} FROM app_user WHERE username = $1 AND center_id = ANY($2) FOR UPDATE`,
      [username, scope],
    );
    if (!row) throw userNotFound(username);
    return row;
  }
}
