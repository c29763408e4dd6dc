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
  type CenterNode,
  definitionAccess,
  type DefinitionAccess,
  mayViewDefinitionVersion,
} from '@tongban/flow-engine';
import { CentersService } from '../centers/centers.service';
import {
  definitionKeyTaken,
  definitionNotEditable,
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
 * - A key belongs to one center (`definitionAccess`): that center and the centers above it edit it, the centers below
 *   use its published versions, the others do not see it (404). A shipped flow belongs to the deployment.
 */
@Injectable()
export class DefinitionsService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: ClockService,
    private readonly changes: CatalogChanges,
    private readonly directories: DirectoryService,
    private readonly centers: CentersService,
    @InjectRepository(FlowDefinitionEntity) private readonly flows: Repository<FlowDefinitionEntity>,
  ) {}

  /**
   * Every flow the caller's center may see, with its latest visible version's status and the published version new
   * applications use: all versions of the flows it edits, the published ones of those it uses.
   */
  async list(centerId: string): Promise<FlowSummaryDto[]> {
    const rows: {
      key: string;
      version: number;
      status: FlowSummaryDto['status'];
      name: string;
      centerId: string | null;
      createdAt: Date;
      publishedAt: Date | null;
    }[] = await this.db.query(
      `SELECT key, version, status, name, center_id AS "centerId", created_at AS "createdAt",
              published_at AS "publishedAt"
         FROM flow_definition ORDER BY key, version DESC`,
    );
    const tree = await this.centers.tree();
    const summaries = new Map<string, FlowSummaryDto>();
    for (const row of rows) {
      const facts = { tree, caller: centerId, owner: row.centerId };
      if (!mayViewDefinitionVersion({ ...facts, status: row.status })) continue;
      const touched = Math.max(new Date(row.createdAt).getTime(), new Date(row.publishedAt ?? row.createdAt).getTime());
      const summary = summaries.get(row.key);
      if (!summary) {
        summaries.set(row.key, {
          key: row.key,
          name: row.name,
          latestVersion: row.version,
          status: row.status,
          publishedVersion: row.status === 'published' ? row.version : null,
          updatedAt: new Date(touched).toISOString(),
          centerId: row.centerId,
          editable: definitionAccess(facts) === 'edit',
        });
        continue;
      }
      if (row.status === 'published') summary.publishedVersion ??= row.version;
      if (touched > Date.parse(summary.updatedAt)) summary.updatedAt = new Date(touched).toISOString();
    }
    return [...summaries.values()];
  }

  /**
   * What the caller's center may do with a key: 404 DEFINITION_NOT_FOUND when the key is unknown or not there for
   * it (a sibling's), else `edit` or `use`.
   */
  async accessTo(key: string, centerId: string): Promise<FlowAccess> {
    const [first]: { centerId: string | null }[] = await this.db.query(
      `SELECT center_id AS "centerId" FROM flow_definition WHERE key = $1 ORDER BY version LIMIT 1`,
      [key],
    );
    if (!first) throw definitionNotFound(key);
    const access = definitionAccess({ tree: await this.centers.tree(), caller: centerId, owner: first.centerId });
    if (access === 'none') throw definitionNotFound(key);
    return { key, owner: first.centerId, access };
  }

  /** Checks a flow as publishing in `centerId` would (its departments, roles and users), without saving anything. */
  async validate(input: unknown, centerId: string): Promise<FlowValidationResult> {
    return validateFlow(input, { directory: await this.directories.forCenter(centerId) });
  }

  /**
   * Saves a flow as a new draft version of its key (version 1 for a new key, which then belongs to the caller's
   * center). 403 DEFINITION_NOT_EDITABLE for a parent's key, 409 DEFINITION_KEY_TAKEN for a key of a center the
   * caller does not see.
   */
  async createDraft(input: unknown, by: { username: string; centerId: string }): Promise<FlowVersion> {
    const parsed = flowDefinitionSchema.safeParse(input);
    if (!parsed.success) throw flowSchemaInvalid(validateFlow(input).errors);
    const tree = await this.centers.tree();
    return this.insertVersion(parsed.data, 'draft', by.username, { centerId: by.centerId, tree });
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
    const { owner } = await this.editable(key, centerId);
    // A flow runs in its own center (and those below it): it is checked against that center's directory.
    const directory = await this.directories.forCenter(owner ?? centerId);
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

  /** The caller may change the key (`accessTo` is `edit`), else 403 DEFINITION_NOT_EDITABLE (or 404). */
  async editable(key: string, centerId: string): Promise<FlowAccess> {
    const access = await this.accessTo(key, centerId);
    if (access.access !== 'edit') throw definitionNotEditable(key, access.owner);
    return access;
  }

  /** The latest version of a key the caller sees (any status; a used flow's latest published). 404 if none. */
  async latest({ key, access }: FlowAccess): Promise<FlowVersion> {
    const where = access === 'edit' ? { key } : { key, status: 'published' as const };
    const row = await this.flows.findOne({ where, order: { version: 'DESC' } });
    if (!row) throw definitionNotFound(key);
    return toFlowVersion(row);
  }

  /** Every version of a key the caller sees, newest first. 404 if none. */
  async versions({ key, access }: FlowAccess): Promise<FlowVersion[]> {
    const where = access === 'edit' ? { key } : { key, status: 'published' as const };
    const rows = await this.flows.find({ where, order: { version: 'DESC' } });
    if (!rows.length) throw definitionNotFound(key);
    return rows.map(toFlowVersion);
  }

  /** One version of a flow the caller sees. 404 (DEFINITION_NOT_FOUND / DEFINITION_VERSION_NOT_FOUND) if absent. */
  async get({ key, access }: FlowAccess, version: number): Promise<FlowVersion> {
    const row = await this.flows.findOneBy({ key, version });
    if (row && (access === 'edit' || row.status === 'published')) return toFlowVersion(row);
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
      return { flow: await this.insertVersion(definition, 'published', source, null, manager), created: true };
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
      return { flow: await this.insertVersion(definition, 'draft', source, null, manager), created: true };
    });
  }

  /**
   * A new version keeps its key's center; a new key belongs to `acting`'s center (null: a shipped flow, the
   * deployment's). An acting center that may not edit an existing key is refused under the key's lock.
   */
  private async insertVersion(
    definition: FlowDefinition,
    status: 'draft' | 'published',
    createdBy: string | null,
    acting: { centerId: string; tree: CenterNode[] } | null,
    outer?: EntityManager,
  ): Promise<FlowVersion> {
    const insert = async (manager: EntityManager) => {
      await lockKey(manager, definition.key);
      const [{ max, owner }] = await manager.query(
        `SELECT coalesce(max(version), 0) AS max,
                (SELECT center_id FROM flow_definition WHERE key = $1 ORDER BY version LIMIT 1) AS owner
           FROM flow_definition WHERE key = $1`,
        [definition.key],
      );
      const exists = Number(max) > 0;
      if (exists && acting) {
        const access = definitionAccess({ tree: acting.tree, caller: acting.centerId, owner });
        if (access === 'none') throw definitionKeyTaken(definition.key);
        if (access === 'use') throw definitionNotEditable(definition.key, owner);
      }
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
        centerId: exists ? owner : (acting?.centerId ?? null),
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
    centerId: row.centerId ?? null,
  };
}

/** What the caller's center may do with a flow key, and the center it belongs to. */
export interface FlowAccess {
  key: string;
  owner: string | null;
  access: Exclude<DefinitionAccess, 'none'>;
}
