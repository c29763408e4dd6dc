import { Injectable } from '@nestjs/common';
import { CatalogChanges } from './catalog-changes.service';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type FlowDefinition,
  flowChecksum,
  flowDefinitionSchema,
  type FlowValidationResult,
  validateFlow,
} from '@tongban/flow-model';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { ClockService } from '../clock/clock.service';
import { DirectoryService } from '../identity/directory.service';
import {
  definitionNotFound,
  draftSuperseded,
  flowInvalid,
  flowSchemaInvalid,
  versionNotFound,
  versionRetired,
} from './definitions.exception';
import type { AuthorNames, FlowSummaryDto, FlowVersion } from './dtos/flow-definition.dto';
import { FlowDefinitionEntity } from './entities/flow-definition.entity';

/**
 * Versioned flow definitions. Rules where the contract is silent:
 * - A draft must have the JSON shape of flow-format.md (the zod schema); the graph may still be wrong.
 * - Every save is a new version (max + 1); a version's definition never changes afterwards.
 * - Publishing turns a draft into `published` in place. Older published versions stay `published`
 *   (running applications stay on them); the highest published version is the one new applications use.
 */
@Injectable()
export class DefinitionsService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: ClockService,
    private readonly changes: CatalogChanges,
    private readonly directories: DirectoryService,
    @InjectRepository(FlowDefinitionEntity) private readonly flows: Repository<FlowDefinitionEntity>,
  ) {}

  /** Every flow with its latest version's status and the published version new applications use. */
  async list(): Promise<FlowSummaryDto[]> {
    const rows: {
      key: string;
      name: string;
      latestVersion: number;
      status: FlowSummaryDto['status'];
      publishedVersion: number | null;
      updatedAt: Date;
    }[] = await this.db.query(
      `SELECT DISTINCT ON (f.key)
              f.key, f.name, f.version AS "latestVersion", f.status,
              (SELECT max(p.version) FROM flow_definition p WHERE p.key = f.key AND p.status = 'published')
                AS "publishedVersion",
              (SELECT max(greatest(u.created_at, coalesce(u.published_at, u.created_at)))
                 FROM flow_definition u WHERE u.key = f.key) AS "updatedAt"
         FROM flow_definition f
        ORDER BY f.key, f.version DESC`,
    );
    return rows.map((row) => ({ ...row, updatedAt: new Date(row.updatedAt).toISOString() }));
  }

  /** Checks a flow as publishing in `centerId` would (its departments, roles and users), without saving anything. */
  async validate(input: unknown, centerId: string): Promise<FlowValidationResult> {
    return validateFlow(input, { directory: await this.directories.forCenter(centerId) });
  }

  /** Saves a flow as a new draft version of its key (version 1 for a new key). */
  async createDraft(input: unknown, createdBy: string | null): Promise<FlowVersion> {
    const parsed = flowDefinitionSchema.safeParse(input);
    if (!parsed.success) throw flowSchemaInvalid(validateFlow(input).errors);
    return this.insertVersion(parsed.data, 'draft', createdBy);
  }

  /**
   * Publishes `version`, or else the latest draft (or, with no draft left, answers with the current
   * published version). Publishing content identical to the current published version publishes nothing
   * and answers with that version. 422 if the definition fails validateFlow against the publishing center.
   */
  async publish(
    key: string,
    version: number | undefined,
    centerId: string,
    by: { username: string; note?: string } | null = null,
  ): Promise<FlowVersion> {
    const directory = await this.directories.forCenter(centerId);
    const published = await this.db.transaction(async (manager) => {
      await lockKey(manager, key);
      const repo = manager.getRepository(FlowDefinitionEntity);
      const rows = await repo.find({ where: { key }, order: { version: 'DESC' } });
      if (!rows.length) throw definitionNotFound(key);
      const current = rows.find((row) => row.status === 'published') ?? null;
      const target =
        version === undefined
          ? (rows.find((row) => row.status === 'draft') ?? current ?? rows[0])
          : rows.find((row) => row.version === version);
      if (!target) throw versionNotFound(key, version as number);
      if (target.status === 'published') return toFlowVersion(target);
      if (target.status === 'retired') throw versionRetired(key, target.version);

      const { valid, errors } = validateFlow(target.definition, { directory });
      if (!valid) throw flowInvalid(key, target.version, errors);
      if (current?.checksum === target.checksum) return toFlowVersion(current);
      if (current && current.version > target.version) throw draftSuperseded(key, target.version, current.version);

      const publishedAt = this.clock.now();
      const publishedBy = by?.username ?? null;
      const note = by?.note || null;
      await repo.update({ key, version: target.version }, { status: 'published', publishedAt, publishedBy, note });
      return toFlowVersion({ ...target, status: 'published', publishedAt, publishedBy, note });
    });
    this.changes.changed();
    return published;
  }

  /** The latest version of a key, whatever its status. 404 if the key is unknown. */
  async latest(key: string): Promise<FlowVersion> {
    const row = await this.flows.findOne({ where: { key }, order: { version: 'DESC' } });
    if (!row) throw definitionNotFound(key);
    return toFlowVersion(row);
  }

  /** Every version of a key, newest first. 404 if the key is unknown. */
  async versions(key: string): Promise<FlowVersion[]> {
    const rows = await this.flows.find({ where: { key }, order: { version: 'DESC' } });
    if (!rows.length) throw definitionNotFound(key);
    return rows.map(toFlowVersion);
  }

  /** One version of a flow, any status. 404 (DEFINITION_NOT_FOUND / DEFINITION_VERSION_NOT_FOUND) if absent. */
  async get(key: string, version: number): Promise<FlowVersion> {
    const row = await this.flows.findOneBy({ key, version });
    if (row) return toFlowVersion(row);
    if (!(await this.flows.existsBy({ key }))) throw definitionNotFound(key);
    throw versionNotFound(key, version);
  }

  /** The names of the people who saved or published these versions (shipped files have none). */
  async authorNames(flows: readonly FlowVersion[]): Promise<AuthorNames> {
    const usernames = [...new Set(flows.flatMap((flow) => [flow.createdBy, flow.publishedBy]))].filter(
      (username): username is string => Boolean(username),
    );
    if (!usernames.length) return new Map();
    const rows: { username: string; name: string }[] = await this.db.query(
      `SELECT username, name FROM app_user WHERE username = ANY($1)`,
      [usernames],
    );
    return new Map(rows.map((row) => [row.username, row.name]));
  }

  /** The published version new applications of this flow start on (the highest published), or null. */
  async latestPublished(key: string): Promise<FlowVersion | null> {
    const row = await this.flows.findOne({ where: { key, status: 'published' }, order: { version: 'DESC' } });
    return row ? toFlowVersion(row) : null;
  }

  /** The highest published version number of a key, or null. */
  async currentVersion(key: string): Promise<number | null> {
    return (await this.latestPublished(key))?.version ?? null;
  }

  /**
   * Publishes a shipped flow (workflows/*.json) unless a published version with the same checksum already
   * exists. The caller has validated it. Safe when several servers start at once.
   */
  async publishShipped(definition: FlowDefinition, source: string): Promise<{ flow: FlowVersion; created: boolean }> {
    const checksum = flowChecksum(definition);
    const existing = await this.flows.findOneBy({ key: definition.key, checksum, status: 'published' });
    if (existing) return { flow: toFlowVersion(existing), created: false };
    const shipped = await this.db.transaction(async (manager) => {
      await lockKey(manager, definition.key);
      const again = await manager
        .getRepository(FlowDefinitionEntity)
        .findOneBy({ key: definition.key, checksum, status: 'published' });
      if (again) return { flow: toFlowVersion(again), created: false };
      return { flow: await this.insertVersion(definition, 'published', source, manager), created: true };
    });
    if (shipped.created) this.changes.changed();
    return shipped;
  }

  /**
   * Keeps a shipped flow that this deployment cannot run yet (it names departments, roles or users the
   * deployment lacks) as a draft, once per content, so an administrator sees its errors and can fix it.
   */
  async draftShipped(definition: FlowDefinition, source: string): Promise<{ flow: FlowVersion; created: boolean }> {
    const checksum = flowChecksum(definition);
    const existing = await this.flows.findOneBy({ key: definition.key, checksum });
    if (existing) return { flow: toFlowVersion(existing), created: false };
    return this.db.transaction(async (manager) => {
      await lockKey(manager, definition.key);
      const again = await manager.getRepository(FlowDefinitionEntity).findOneBy({ key: definition.key, checksum });
      if (again) return { flow: toFlowVersion(again), created: false };
      return { flow: await this.insertVersion(definition, 'draft', source, manager), created: true };
    });
  }

  private async insertVersion(
    definition: FlowDefinition,
    status: 'draft' | 'published',
    createdBy: string | null,
    outer?: EntityManager,
  ): Promise<FlowVersion> {
    const insert = async (manager: EntityManager) => {
      await lockKey(manager, definition.key);
      const [{ max }] = await manager.query(
        `SELECT coalesce(max(version), 0) AS max FROM flow_definition WHERE key = $1`,
        [definition.key],
      );
      const now = this.clock.now();
      const row = manager.getRepository(FlowDefinitionEntity).create({
        key: definition.key,
        version: Number(max) + 1,
        status,
        name: definition.name,
        definition,
        checksum: flowChecksum(definition),
        createdBy,
        createdAt: now,
        publishedAt: status === 'published' ? now : null,
        publishedBy: status === 'published' ? createdBy : null,
        note: null,
      });
      await manager.getRepository(FlowDefinitionEntity).insert(row);
      return toFlowVersion(row);
    };
    return outer ? insert(outer) : this.db.transaction(insert);
  }
}

/** Serialises version numbering and publishing per key (several servers may share the database). */
async function lockKey(manager: EntityManager, key: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`flow_definition:${key}`]);
}

function toFlowVersion(row: FlowDefinitionEntity): FlowVersion {
  const parsed = flowDefinitionSchema.safeParse(row.definition);
  return {
    key: row.key,
    version: row.version,
    status: row.status,
    name: row.name,
    checksum: row.checksum,
    // Rows written through this service always parse; a row put in by hand is shown as stored.
    definition: parsed.success ? parsed.data : (row.definition as FlowDefinition),
    createdBy: row.createdBy,
    createdAt: new Date(row.createdAt),
    publishedAt: row.publishedAt ? new Date(row.publishedAt) : null,
    publishedBy: row.publishedBy ?? null,
    note: row.note ?? null,
  };
}
