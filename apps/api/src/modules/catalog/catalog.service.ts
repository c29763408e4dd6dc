import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { FlowDefinition } from '@tongban/flow-model';
import { type FindOptionsWhere, ILike, type Repository } from 'typeorm';
import { ClockService } from '../clock/clock.service';
import { CatalogChanges } from '../definitions/catalog-changes.service';
import { DefinitionsService } from '../definitions/definitions.service';
import type { AuthUser } from '../identity';
import {
  catalogItemExists,
  catalogItemNotFound,
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
    @InjectRepository(CatalogItemEntity) private readonly items: Repository<CatalogItemEntity>,
  ) {}

  /** Items of every center (or of `center`), optionally those whose name or code contains `q`. */
  async list(query: CatalogQuery): Promise<CatalogItemDto[]> {
    const scope: FindOptionsWhere<CatalogItemEntity> = query.center ? { centerId: query.center } : {};
    const pattern = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const where = pattern
      ? [
          { ...scope, name: ILike(pattern) },
          { ...scope, code: ILike(pattern) },
        ]
      : scope;
    const rows = await this.items.find({ where, order: { code: 'ASC' } });
    return rows.map(toCatalogItemDto);
  }

  /** One item. 404 CATALOG_ITEM_NOT_FOUND if there is none. */
  async get(code: string): Promise<CatalogItemDto> {
    const row = await this.items.findOneBy({ code });
    if (!row) throw catalogItemNotFound(code);
    return toCatalogItemDto(row);
  }

  /** A new item of the administrator's center. */
  async create(user: AuthUser, input: CatalogItemInput): Promise<CatalogItemDto> {
    const materials = await this.checkedMaterials(input);
    if (await this.items.existsBy({ code: input.code })) throw catalogItemExists(input.code);
    const now = this.clock.now();
    const row = this.items.create({ ...input, materials, centerId: user.centerId, createdAt: now, updatedAt: now });
    try {
      await this.items.insert(row);
    } catch (error) {
      if (isUniqueViolation(error)) throw catalogItemExists(input.code);
      throw error;
    }
    this.changes.changed();
    return toCatalogItemDto(row);
  }

  /** Replaces every field of an item of the administrator's own center. */
  async update(user: AuthUser, code: string, input: CatalogItemFields & { code?: string }): Promise<CatalogItemDto> {
    if (input.code !== undefined && input.code !== code) throw codeMismatch(code, input.code);
    const row = await this.items.findOneBy({ code });
    if (!row) throw catalogItemNotFound(code);
    if (row.centerId !== user.centerId) throw notYourCenter(code);
    const materials = await this.checkedMaterials(input);
    const { code: _code, ...fields } = input;
    Object.assign(row, fields, { materials, updatedAt: this.clock.now() });
    await this.items.update({ code }, { ...fields, materials, updatedAt: row.updatedAt });
    this.changes.changed();
    return toCatalogItemDto(row);
  }

  /** Adds an item unless its code exists (demo seeding: an administrator's later edits are kept). */
  async seed(centerId: string, input: CatalogItemInput): Promise<boolean> {
    if (await this.items.existsBy({ code: input.code })) return false;
    const materials = await this.checkedMaterials(input);
    const now = this.clock.now();
    const inserted: unknown[] = await this.items.query(
      `INSERT INTO catalog_item (code, center_id, name, department, legal_basis, materials, flow_key, statutory_days,
                                 promised_days, fees, window_authority, joint_handling, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $13, $12, $12)
       ON CONFLICT (code) DO NOTHING RETURNING code`,
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

  private async checkedMaterials(fields: CatalogItemFields): Promise<CatalogMaterial[]> {
    if (fields.promisedDays > fields.statutoryDays)
      throw promiseExceedsStatutory(fields.promisedDays, fields.statutoryDays);
    const flow = await this.definitions.latestPublished(fields.flowKey);
    if (!flow) throw flowNotPublished(fields.flowKey);
    const flowMaterials = acceptanceMaterials(flow.definition);
    const known = new Set(flowMaterials.map((m) => m.code));
    const notInFlow = (fields.materials ?? []).map((m) => m.code).filter((c) => !known.has(c));
    if (notInFlow.length) throw materialsMismatch(fields.flowKey, notInFlow);
    return flowMaterials;
  }
}

/** The materials the flow's acceptance node (受理) checks; a published flow has exactly one. */
export function acceptanceMaterials(definition: FlowDefinition): CatalogMaterial[] {
  const acceptance = definition.nodes.find((node) => node.type === 'acceptance');
  return (acceptance?.type === 'acceptance' ? acceptance.materials : []).map(({ code, name, required }) => ({
    code,
    name,
    required,
  }));
}
