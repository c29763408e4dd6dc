import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CentersService } from '../centers/centers.service';
import type { AuthUser } from '../identity/auth-user';

/** The centers an admin administers: its own and every center below it. */
@Injectable()
export class AdminScope {
  constructor(private readonly centers: CentersService) {}

  of(caller: AuthUser): Promise<string[]> {
    return this.centers.descendantsOf(caller.centerId);
  }

  async includes(caller: AuthUser, centerId: string): Promise<boolean> {
    return (await this.of(caller)).includes(centerId);
  }

  /** Whether a department exists in a center. */
  async departmentExists(manager: EntityManager, centerId: string, code: string): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM department WHERE center_id = $1 AND code = $2`, [centerId, code]);
    return rows.length > 0;
  }
}
