import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CenterNode } from '@tongban/flow-engine';
import { DataSource, type Repository } from 'typeorm';
import { CenterEntity } from './entities/center.entity';
import { DepartmentEntity } from './entities/department.entity';

@Injectable()
export class CentersService {
  constructor(
    private readonly db: DataSource,
    @InjectRepository(CenterEntity) private readonly centers: Repository<CenterEntity>,
    @InjectRepository(DepartmentEntity) private readonly departments: Repository<DepartmentEntity>,
  ) {}

  /**
   * The center itself and every center below it (a city's supervisors see its counties' figures).
   * Empty when the center does not exist.
   */
  async descendantsOf(centerId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `WITH RECURSIVE tree AS (
         SELECT id, 0 AS depth FROM center WHERE id = $1
         UNION ALL
         SELECT c.id, t.depth + 1 FROM center c JOIN tree t ON c.parent_id = t.id WHERE t.depth < 10
       )
       SELECT id FROM tree ORDER BY depth, id`,
      [centerId],
    );
    return rows.map((row) => row.id);
  }

  /** Every center with its parent: the 三级联网 tree the tenancy rules read (a few rows per deployment). */
  async tree(): Promise<CenterNode[]> {
    return this.db.query(`SELECT id, parent_id AS "parentId" FROM center ORDER BY id`);
  }

  async find(centerId: string): Promise<CenterEntity | null> {
    return this.centers.findOneBy({ id: centerId });
  }

  async departmentsOf(centerId: string): Promise<DepartmentEntity[]> {
    return this.departments.find({ where: { centerId }, order: { code: 'ASC' } });
  }
}
