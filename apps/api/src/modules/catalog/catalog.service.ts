import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { acceptanceMaterials, unlistedMaterialCodes } from '@tongban/flow-model';
import { catalogItemAccess, mayUseDefinition } from '@tongban/flow-engine';
import { DataSource, type EntityManager, type FindOptionsWhere, ILike, IsNull, type Repository } from 'typeorm';
import { AdminAudit } from '../admin-audit/admin-audit';
import { CatalogResolver, type CatalogLookup, catalogItemNotFound } from '../centers/catalog-resolver.service';
import { CentersService } from '../centers/centers.service';
import { ClockService } from '../clock/clock.service';
import { CatalogChanges } from '../definitions/catalog-changes.service';
import { DefinitionsService } from '../definitions/definitions.service';
import type { AuthUser } from '../identity';
import {
  centerNotFound,
  catalogItemExists,
  catalogItemRetired,
  codeMismatch,
  flowNotPublished,
  materialsMismatch,
  notYourCenter,
  promiseExceedsStatutory,
} from './catalog.exception';
import { type CatalogItemDto, toCatalogItemDto } from './dtos/catalog-item.dto';
import type { CatalogItemFields, CatalogItemInput, CatalogQuery } from './dtos/catalog-item.input';
import { CatalogItemEntity, type CatalogMaterial } from './entities/catalog-item.entity';
import { isUniqueViolation } from '../../common/database/unique-violation';

/**
 * The public service catalog. An item's flow must be published and its promised limit at most its statutory
 * one. Its materials are always those of the flow's acceptance node (受理), taken from the newest published
 * version when the item is saved, so the list applicants see is the list the engine checks; materials a
 * client sends are only checked against the flow (a code the flow does not know is refused).
 */
@Injectable()
export class CatalogService {
  constructor(
    private readonly definitions: DefinitionsService,
    private readonly clock: ClockService,
    private readonly changes: CatalogChanges,
    private readonly resolver: CatalogResolver,
    private readonly centers: CentersService,
    private readonly db: DataSource,
    @InjectRepository(CatalogItemEntity) private readonly items: Repository<CatalogItemEntity>,
  ) {}

  /**
   * Items of every center (or of `center`), optionally those whose name or code contains `q`; retired items only
   * with `includeRetired=true`.
   */
  async list(query: CatalogQuery): Promise<CatalogItemDto[]> {
    const scope: FindOptionsWhere<CatalogItemEntity> = {
      ...(query.center ? { centerId: query.center } : {}),
      ...(query.includeRetired === 'true' ? {} : { retiredAt: IsNull() }),
    };
    const pattern = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const where = pattern
      ? [
          { ...scope, name: ILike(pattern) },
          { ...scope, code: ILike(pattern) },
        ]
      : scope;
    const rows = await this.items.find({ where, order: { code: 'ASC', centerId: 'ASC' } });
    return rows.map(toCatalogItemDto);
  }

  /** One item (retired ones too), in the center `CatalogResolver` picks for the caller. */
  async get(code: string, lookup: CatalogLookup = {}): Promise<CatalogItemDto> {
    return toCatalogItemDto(await this.row(code, lookup));
  }

  /**
   * A new item of the administrator's center, or of a center below it (`center`); its code must be new in that
   * center (other centers may share it). A parent's center is 403 NOT_YOUR_CENTER, another 404 CENTER_NOT_FOUND.
   */
  async create(user: AuthUser, input: CatalogItemInput, center?: string): Promise<CatalogItemDto> {
    const centerId = center ?? user.centerId;
    const access = catalogItemAccess({ tree: await this.centers.tree(), caller: user.centerId, owner: centerId });
    if (access === 'parent') throw notYourCenter(input.code);
    if (access === 'none') throw centerNotFound(centerId);
    const materials = await this.checkedMaterials(input, centerId);
    if (await this.items.existsBy({ centerId, code: input.code })) throw catalogItemExists(input.code);
    const now = this.clock.now();
    const row = this.items.create({
      ...input,
      materials,
      centerId,
      createdAt: now,
      updatedAt: now,
      retiredAt: null,
      retiredBy: null,
    });
    try {
      await this.db.transaction(async (manager) => {
        await manager.getRepository(CatalogItemEntity).insert(row);
        await audit(manager, user, 'catalog.create', null, row, now);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw catalogItemExists(input.code);
      throw error;
    }
    this.changes.changed();
    return toCatalogItemDto(row);
  }

  /**
   * Replaces every field of an item of the administrator's center or of a center below it (`?center=` names
   * which); the flow it binds to must be one that item's center may use, published.
   */
  async update(
    user: AuthUser,
    code: string,
    input: CatalogItemFields & { code?: string },
    center?: string,
  ): Promise<CatalogItemDto> {
    if (input.code !== undefined && input.code !== code) throw codeMismatch(code, input.code);
    const row = await this.editableRow(user, code, center);
    if (row.retiredAt) throw catalogItemRetired(code);
    const materials = await this.checkedMaterials(input, row.centerId);
    const before = { ...row };
    const { code: _code, ...fields } = input;
    Object.assign(row, fields, { materials, updatedAt: this.clock.now() });
    await this.db.transaction(async (manager) => {
      await manager
        .getRepository(CatalogItemEntity)
        .update({ centerId: row.centerId, code }, { ...fields, materials, updatedAt: row.updatedAt });
      await audit(manager, user, 'catalog.update', before, row, row.updatedAt);
    });
    this.changes.changed();
    return toCatalogItemDto(row);
  }

  /**
   * Retires (停用) an item: it leaves the public catalog and takes no new application; its running applications go
   * on and it stays readable. Retiring a retired item changes nothing.
   */
  async retire(user: AuthUser, code: string, center?: string): Promise<CatalogItemDto> {
    const row = await this.editableRow(user, code, center);
    if (row.retiredAt) return toCatalogItemDto(row);
    const now = this.clock.now();
    const before = { ...row };
    Object.assign(row, { retiredAt: now, retiredBy: user.username, updatedAt: now });
    await this.db.transaction(async (manager) => {
      await manager
        .getRepository(CatalogItemEntity)
        .update({ centerId: row.centerId, code }, { retiredAt: now, retiredBy: user.username, updatedAt: now });
      await audit(manager, user, 'catalog.retire', before, row, now);
    });
    this.changes.changed();
    return toCatalogItemDto(row);
  }

  private async row(code: string, lookup: CatalogLookup): Promise<CatalogItemEntity> {
    const centerId = await this.resolver.centerOf(code, lookup);
    const row = await this.items.findOneBy({ centerId, code });
    if (!row) throw catalogItemNotFound(code, lookup.requested);
    return row;
  }

  /** The item an administrator changes: its own center's or a child's; a parent's is 403, another's 404. */
  private async editableRow(user: AuthUser, code: string, center?: string): Promise<CatalogItemEntity> {
    const row = await this.row(code, { requested: center, caller: user.centerId });
    const access = catalogItemAccess({ tree: await this.centers.tree(), caller: user.centerId, owner: row.centerId });
    if (access === 'parent') throw notYourCenter(code);
    if (access === 'none') throw catalogItemNotFound(code, center ?? user.centerId);
    return row;
  }

  /** Adds an item unless its code exists (demo seeding: an administrator's later edits are kept). */
  async seed(centerId: string, input: CatalogItemInput): Promise<boolean> {
    if (await this.items.existsBy({ centerId, code: input.code })) return false;
    const materials = await this.checkedMaterials(input, centerId);
    const now = this.clock.now();
    const inserted: unknown[] = await this.items.query(
      `INSERT INTO catalog_item (code, center_id, name, department, legal_basis, materials, flow_key, statutory_days,
                                 promised_days, fees, window_authority, joint_handling, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $13, $12, $12)
       ON CONFLICT (center_id, code) DO NOTHING RETURNING code`,
      [
        input.code,
        centerId,
        input.name,
        input.department,
        input.legalBasis,
        JSON.stringify(materials),
        input.flowKey,
        input.statutoryDays,
        input.promisedDays,
        input.fees,
        input.windowAuthority,
        now,
        input.jointHandling ?? false,
      ],
    );
    if (inserted.length) this.changes.changed();
    return inserted.length > 0;
  }

  /** The flow must be published and one the item's center may use (its own, a child's or a parent's). */
  private async checkedMaterials(fields: CatalogItemFields, itemCenter: string): Promise<CatalogMaterial[]> {
    if (fields.promisedDays > fields.statutoryDays)
      throw promiseExceedsStatutory(fields.promisedDays, fields.statutoryDays);
    const flow = await this.definitions.latestPublished(fields.flowKey);
    const tree = await this.centers.tree();
    if (!flow || !mayUseDefinition({ tree, caller: itemCenter, owner: flow.centerId, status: flow.status })) {
      throw flowNotPublished(fields.flowKey);
    }
    const flowMaterials = acceptanceMaterials(flow.definition);
    const notInFlow = unlistedMaterialCodes(flowMaterials, fields.materials ?? []);
    if (notInFlow.length) throw materialsMismatch(fields.flowKey, notInFlow);
    return flowMaterials;
  }
}

/** One admin audit row for a change of a catalog item, in the change's transaction; the item's center owns it. */
function audit(
  manager: EntityManager,
  user: AuthUser,
  action: 'catalog.create' | 'catalog.update' | 'catalog.retire',
  before: CatalogItemEntity | null,
  after: CatalogItemEntity,
  at: Date,
): Promise<void> {
  return AdminAudit.record(manager, {
    centerId: after.centerId,
    actor: user.username,
    action,
    target: after.code,
    before: before && toCatalogItemDto(before),
    after: toCatalogItemDto(after),
    at,
  });
}
