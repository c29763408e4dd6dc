import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CatalogResolver, type CatalogLookup } from '../centers/catalog-resolver.service';
import { CentersService } from '../centers/centers.service';
import { notFound } from '../../common/api-exception';
import type { AuthUser } from '../identity';
import { ApplicationAccess } from '../runtime/applications/application-access.service';
import { DefinitionCache } from '../runtime/definition-cache.service';
import { type ProcedureDto, toProcedureDto } from './procedure.dto';

@Injectable()
export class ProceduresService {
  constructor(
    private readonly db: DataSource,
    private readonly definitions: DefinitionCache,
    private readonly access: ApplicationAccess,
    private readonly centers: CentersService,
    private readonly catalog: CatalogResolver,
  ) {}

  /** The newest published version of the item's flow: what a new application would run. */
  async ofItem(code: string, lookup: CatalogLookup): Promise<ProcedureDto> {
    const centerId = await this.catalog.centerOf(code, lookup);
    const [row] = await this.db.query(
      `SELECT c.flow_key AS "flowKey", c.center_id AS "centerId", max(d.version) AS version
       FROM catalog_item c JOIN flow_definition d ON d.key = c.flow_key AND d.status = 'published'
       WHERE c.center_id = $1 AND c.code = $2 GROUP BY c.flow_key, c.center_id`,
      [centerId, code],
    );
    if (!row) throw notFound('CATALOG_ITEM_NOT_FOUND', `事项 ${code} 不存在或其流程尚未发布`);
    const definition = await this.definitions.get(row.flowKey, row.version);
    return toProcedureDto(row.flowKey, row.version, definition, await this.departmentNames(row.centerId));
  }

  /** The version the application started on (it never changes while the item runs). */
  async ofApplication(user: AuthUser, id: string): Promise<ProcedureDto> {
    const row = await this.access.readable(user, id);
    const definition = await this.definitions.get(row.flowKey, row.flowVersion);
    return toProcedureDto(row.flowKey, row.flowVersion, definition, await this.departmentNames(row.centerId));
  }

  private async departmentNames(centerId: string): Promise<Record<string, string>> {
    const departments = await this.centers.departmentsOf(centerId);
    return Object.fromEntries(departments.map((d) => [d.code, d.name]));
  }
}
