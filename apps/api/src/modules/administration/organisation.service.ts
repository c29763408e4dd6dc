import { Injectable } from '@nestjs/common';
import {
  type Center,
  childLevel,
  type CreateCenterInput,
  type CreateDepartmentInput,
  type CreatePairInput,
  type Department,
} from '@tongban/api-contract';
import { DataSource, type EntityManager } from 'typeorm';
import { AdminAudit, auditEntry } from '../admin-audit/admin-audit';
import { CentersService } from '../centers/centers.service';
import type { AuthUser } from '../identity/auth-user';
import { AdminScope } from './admin-scope.service';
import {
  alreadyPaired,
  centerExists,
  centerNotFound,
  departmentExists,
  departmentNotFound,
  invalidCenterLevel,
  invalidPair,
  pairNotFound,
  userNotFound,
} from './administration.exception';

const CENTER_COLUMNS = `id, name, level, parent_id AS "parentId"`;

/** The center tree, departments and A/B pairs of an admin's scope; every change is audited in its transaction. */
@Injectable()
export class OrganisationService {
  constructor(
    private readonly db: DataSource,
    private readonly scope: AdminScope,
    private readonly centerTree: CentersService,
  ) {}

  /** The caller's center and those below it, root first. */
  async centers(caller: AuthUser): Promise<Center[]> {
    const ids = await this.scope.of(caller);
    const rows: Center[] = await this.db.query(`SELECT ${CENTER_COLUMNS} FROM center WHERE id = ANY($1)`, [ids]);
    return ids.map((id) => rows.find((row) => row.id === id)!).filter(Boolean);
  }

  async createCenter(admin: AuthUser, input: CreateCenterInput, at: Date): Promise<Center> {
    if (!(await this.scope.includes(admin, input.parentId))) throw centerNotFound(input.parentId);
    return this.db.transaction(async (manager) => {
      const [parent]: Center[] = await manager.query(`SELECT ${CENTER_COLUMNS} FROM center WHERE id = $1`, [
        input.parentId,
      ]);
      const expected = childLevel(parent.level);
      if (input.level !== expected) throw invalidCenterLevel(expected);
      const [row]: Center[] = await manager.query(
        `INSERT INTO center (id, name, level, parent_id, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO NOTHING RETURNING ${CENTER_COLUMNS}`,
        [input.id, input.name, input.level, input.parentId, at],
      );
      if (!row) throw centerExists(input.id);
      await AdminAudit.record(manager, auditEntry(admin, parent.id, 'center.create', row.id, null, row, at));
      return row;
    });
  }

  async renameCenter(admin: AuthUser, id: string, name: string, at: Date): Promise<Center> {
    if (!(await this.scope.includes(admin, id))) throw centerNotFound(id);
    return this.db.transaction(async (manager) => {
      const [before]: Center[] = await manager.query(`SELECT ${CENTER_COLUMNS} FROM center WHERE id = $1 FOR UPDATE`, [
        id,
      ]);
      const [[after]]: [Center[]] = await manager.query(
        `UPDATE center SET name = $2 WHERE id = $1 RETURNING ${CENTER_COLUMNS}`,
        [id, name],
      );
      await AdminAudit.record(manager, auditEntry(admin, id, 'center.update', id, before, after, at));
      return after;
    });
  }

  /** The center a department route names (`?center=`, default the caller's), if in scope. */
  departmentCenter(caller: AuthUser, center: string | undefined): Promise<string> {
    return this.centerTree.inScope(caller.centerId, center);
  }

  async createDepartment(admin: AuthUser, input: CreateDepartmentInput, at: Date): Promise<Department> {
    const centerId = await this.departmentCenter(admin, input.centerId);
    return this.db.transaction(async (manager) => {
      const [row]: Department[] = await manager.query(
        `INSERT INTO department (center_id, code, name) VALUES ($1, $2, $3)
         ON CONFLICT (center_id, code) DO NOTHING RETURNING code, name`,
        [centerId, input.code, input.name],
      );
      if (!row) throw departmentExists(input.code);
      await AdminAudit.record(manager, auditEntry(admin, centerId, 'department.create', row.code, null, row, at));
      return row;
    });
  }

  async renameDepartment(admin: AuthUser, centerId: string, code: string, name: string, at: Date) {
    return this.db.transaction(async (manager) => {
      const [before]: Department[] = await manager.query(
        `SELECT code, name FROM department WHERE center_id = $1 AND code = $2 FOR UPDATE`,
        [centerId, code],
      );
      if (!before) throw departmentNotFound(centerId, code);
      const after = { code, name };
      await manager.query(`UPDATE department SET name = $3 WHERE center_id = $1 AND code = $2`, [centerId, code, name]);
      await AdminAudit.record(manager, auditEntry(admin, centerId, 'department.update', code, before, after, at));
      return after;
    });
  }

  /** AB岗: both of one center in scope and one department, not the same person; each in one pair at most. */
  async createPair(admin: AuthUser, { a, b }: CreatePairInput, at: Date): Promise<{ a: string; b: string }> {
    if (a === b) throw invalidPair('A岗和B岗不能是同一个人');
    const scope = await this.scope.of(admin);
    return this.db.transaction(async (manager) => {
      const people = await this.staffIn(manager, [a, b], scope);
      const [pa, pb] = [people.get(a), people.get(b)];
      if (!pa) throw userNotFound(a);
      if (!pb) throw userNotFound(b);
      if (pa.centerId !== pb.centerId) throw invalidPair('A岗和B岗须属于同一中心');
      if (!pa.department || pa.department !== pb.department) throw invalidPair('A岗和B岗须属于同一部门');
      const taken: { a: string; b: string }[] = await manager.query(
        `SELECT a_username AS a, b_username AS b FROM ab_pair WHERE a_username = $1 OR b_username = $2 FOR UPDATE`,
        [a, b],
      );
      if (taken.some((pair) => pair.a === a)) throw alreadyPaired(a);
      if (taken.length) throw alreadyPaired(b);
      const [row] = await manager.query(
        `INSERT INTO ab_pair (center_id, a_username, b_username) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING a_username AS a, b_username AS b`,
        [pa.centerId, a, b],
      );
      if (!row) throw alreadyPaired(a);
      const pair = { a, b };
      await AdminAudit.record(manager, auditEntry(admin, pa.centerId, 'pair.create', a, null, pair, at));
      return pair;
    });
  }

  async removePair(admin: AuthUser, a: string, at: Date): Promise<void> {
    const scope = await this.scope.of(admin);
    await this.db.transaction(async (manager) => {
      const [[pair]]: [{ a: string; b: string; centerId: string }[]] = await manager.query(
        `DELETE FROM ab_pair WHERE a_username = $1 AND center_id = ANY($2)
         RETURNING a_username AS a, b_username AS b, center_id AS "centerId"`,
        [a, scope],
      );
      if (!pair) throw pairNotFound(a);
      await AdminAudit.record(manager, auditEntry(admin, pair.centerId, 'pair.delete', a, { a, b: pair.b }, null, at));
    });
  }

  private async staffIn(manager: EntityManager, usernames: string[], scope: string[]) {
    const rows: { username: string; centerId: string; department: string | null }[] = await manager.query(
      `SELECT username, center_id AS "centerId", department FROM app_user
       WHERE username = ANY($1) AND center_id = ANY($2) AND NOT ('applicant' = ANY(roles) AND cardinality(roles) = 1)`,
      [usernames, scope],
    );
    return new Map(rows.map((row) => [row.username, row]));
  }
}
