import { Injectable } from '@nestjs/common';
import {
  type ApplicationListQuery,
  type ApplicationView,
  type APPLICATION_SORTS,
  type ApplicationSummary,
  type Page,
} from '@tongban/api-contract';
import {
  type CenterNode,
  type CenterPolicy,
  type EngineSnapshot,
  extensionDepartments,
  inspect,
  intakeRefusal,
  type IntakeRefusal,
  type CommandPlan,
  planCommand,
  type StartInput,
  stepCardAt,
} from '@tongban/flow-engine';
import {
  type FlowDefinition,
  type FlowDirectory,
  needsDirectory,
  requiredMaterialCodes,
  unlistedMaterialCodes,
} from '@tongban/flow-model';
import type { WorkCalendar } from '@tongban/work-calendar';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ApiException, badRequest, conflict, forbidden, notFound } from '../../../common/api-exception';
import { type CatalogLookup, CatalogResolver, catalogCodeAmbiguous } from '../../centers/catalog-resolver.service';
import {
  assertSortable,
  containing,
  isPaged,
  orderBy,
  pageOfRows,
  shanghaiDay,
  Where,
} from '../../../common/list-query';
import { PreparedQueries } from '../../../common/database/prepared-queries.service';
import { isUniqueViolation } from '../../../common/database/unique-violation';
import { RecentValues } from '../../../common/recent-values';
import { CalendarService } from '../../calendar/calendar.service';
import { ClockService } from '../../clock/clock.service';
import { CatalogChanges } from '../../definitions/catalog-changes.service';
import { CenterSettingsService } from '../../centers/center-settings.service';
import { CentersService } from '../../centers/centers.service';
import type { AuthUser } from '../../identity';
import { DirectoryService } from '../../identity/directory.service';
import { CommandExecutor } from '../command-executor.service';
import { DefinitionCache } from '../definition-cache.service';
import { toApiException } from '../engine-errors';
import { ApplicationAccess } from './application-access.service';
import type { ApplicationFacts, ApplicationRow } from '../instance-rows';
import type { submitInputSchema } from './application.inputs';
import type { z } from 'zod';

type SubmitInput = z.infer<typeof submitInputSchema>;

/** `sort` fields of `GET /api/applications` (APPLICATION_SORTS) and their columns. */
const APPLICATION_SORT_COLUMNS: Record<(typeof APPLICATION_SORTS)[number], string> = {
  submittedAt: 'a.created_at',
  receiptNo: 'a.receipt_no',
  deadline: 'a.deadline',
  status: 'a.status',
  itemCode: 'a.item_code',
  applicant: 'a.applicant',
};

/**
 * The applicant as stored (a username, or `walk-in:` and the id number), the account's name, or a walk-in's name:
 * `p` is an ILIKE pattern.
 */
export const APPLICANT_MATCHES = (p: string) => `a.applicant ILIKE ${p}
  OR EXISTS (SELECT 1 FROM app_user u WHERE u.username = a.applicant AND u.name ILIKE ${p})
  OR (a.applicant LIKE 'walk-in:%' AND EXISTS (SELECT 1 FROM process_instance wp
        WHERE wp.application_id = a.id AND wp.snapshot #>> '{context,walkIn,name}' ILIKE ${p}))`;

const RECEIPT_ATTEMPTS = 5;
/**
 * How long a submit trusts a catalog row it read (with its flow's published version). Changes made in this
 * process are seen at once (CatalogChanges); one made through another process may take this long to be seen,
 * like a submit that arrived a moment before it.
 */
export const CATALOG_ROW_MS = 5_000;

interface CatalogRow {
  code: string;
  centerId: string;
  flowKey: string;
  statutoryDays: number;
  promisedDays: number;
  materials: { code: string; name: string; required: boolean }[];
  flowVersion: number | null;
  /** The center the bound flow belongs to (null: shipped, or no such flow). */
  flowCenterId: string | null;
  jointHandling: boolean;
  retired: boolean;
}

/** A walk-in applicant's id on its item: no account can take it, so no account sees the item as its own. */
const WALK_IN = 'walk-in:';

type Intake = Pick<StartInput, 'applicant' | 'intakeOfficer' | 'walkIn'>;

/** What a submit has settled before it draws an id: the same for every attempt. */
interface SubmitDraft {
  item: CatalogRow;
  flowVersion: number;
  intake: Intake;
  definition: FlowDefinition;
  calendar: WorkCalendar;
  directory: FlowDirectory | undefined;
  calendarRevision: number;
  policy: CenterPolicy;
  at: string;
}

/** Submitting, reading and commanding applications (办件). */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: ClockService,
    private readonly calendars: CalendarService,
    private readonly definitions: DefinitionCache,
    private readonly commands: CommandExecutor,
    private readonly access: ApplicationAccess,
    private readonly prepared: PreparedQueries,
    private readonly catalogChanges: CatalogChanges,
    private readonly centerSettings: CenterSettingsService,
    private readonly directories: DirectoryService,
    private readonly catalogResolver: CatalogResolver,
    private readonly centers: CentersService,
  ) {}

  /**
   * Every center's catalog rows with a code and the center tree they were checked against, each with the
   * CatalogChanges count it was read under (a new center has no item before a catalog change names it).
   */
  private readonly catalogRows = new RecentValues<string, { rows: CatalogRow[]; tree: CenterNode[]; changes: number }>(
    CATALOG_ROW_MS,
  );

  async submit(user: AuthUser, input: SubmitInput): Promise<{ id: string; status: string; receiptNo: string }> {
    const intake = await this.intakeOf(user, input);
    const { item, tree } = await this.catalogItem(input.itemCode, { requested: input.centerId, caller: user.centerId });
    const refusal = intakeRefusal({
      tree,
      item,
      flow: { owner: item.flowCenterId, published: item.flowVersion !== null },
      byOfficer: intake.intakeOfficer !== undefined,
      submitterCenter: user.centerId,
    });
    // No refusal: the flow has a published version.
    if (refusal || item.flowVersion === null) throw intakeRefused(refusal ?? 'flow-not-published', item);
    const flowVersion = item.flowVersion;
    const unknown = unlistedMaterialCodes(item.materials, input.materials);
    if (unknown.length) throw badRequest('UNKNOWN_MATERIAL', `事项 ${item.code} 没有这些材料：${unknown.join('、')}`);
    const definition = await this.definitions.get(item.flowKey, flowVersion);
    const { calendar, revision: calendarRevision } = await this.calendars.current(item.centerId);
    const draft = {
      item,
      policy: await this.centerSettings.policyOf(item.centerId),
      flowVersion,
      intake,
      definition,
      calendar,
      directory: needsDirectory(definition) ? await this.directories.factsFor(item.centerId, definition) : undefined,
      calendarRevision,
      at: this.clock.now().toISOString(),
    };
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.create(user, input, draft);
      } catch (error) {
        // Receipt numbers are short enough to read out at a window, so two may meet; the later one draws anew.
        if (attempt === RECEIPT_ATTEMPTS || !isUniqueViolation(error, 'application_receipt_no_key')) throw error;
      }
    }
  }

  /** A new application with a fresh id and receipt number, stored with its first step. */
  private async create(
    user: AuthUser,
    input: SubmitInput,
    { item, flowVersion, intake, definition, calendar, calendarRevision, directory, policy, at }: SubmitDraft,
  ): Promise<{ id: string; status: string; receiptNo: string }> {
    const id = randomUUID();
    const receiptNo = `TB${at.slice(0, 10).replace(/-/g, '')}${id.slice(0, 8).toUpperCase()}`;
    // What the engine starts from beyond the request, recorded with the submit so that its log replays.
    const settled = {
      ...intake,
      requiredMaterials: requiredMaterialCodes(item.materials),
      timeLimit: {
        statutoryDays: item.statutoryDays,
        promisedDays: item.promisedDays,
        warnAtRemainingDays: definition.timeLimit?.warnAtRemainingDays,
      },
      policy,
      joint: item.jointHandling,
    };
    const created = {
      receiptNo,
      itemCode: item.code,
      applicant: intake.applicant,
      channel: input.channel,
      data: input.data,
      materials: input.materials,
    };
    const start: StartInput = {
      applicationId: id,
      ...settled,
      data: input.data,
      materials: input.materials.map((material) => material.code),
      channel: input.channel,
    };
    const instance = {
      applicationId: id,
      centerId: item.centerId,
      flowKey: item.flowKey,
      flowVersion,
      snapshot: null,
      version: 0,
    };
    let plan: CommandPlan;
    try {
      plan = planCommand(
        {
          command: 'submit',
          actor: user.username,
          actorDepartment: user.department,
          payload: { input, start: settled },
        },
        { start, created },
        { definition, instance, calendar, calendarRevision, directory, at, newId: randomUUID },
      );
    } catch (error) {
      throw toApiException(error);
    }
    const outcome = await this.commands.create(plan.writes[0]);
    return { id, status: outcome.status, receiptNo };
  }

  /** The contract's application view, computed from the snapshot at the clock's now. */
  async view(user: AuthUser, id: string) {
    const row = await this.access.readable(user, id);
    return this.viewOf(row, row);
  }

  /** The view of a row the caller may read, from a snapshot in hand (a command's outcome needs no re-read). */
  async viewOf(
    row: ApplicationFacts,
    instance: { snapshot: EngineSnapshot; version: number },
  ): Promise<ApplicationView> {
    const definition = await this.definitions.get(row.flowKey, row.flowVersion);
    // The calendar the snapshot was computed under, so the view agrees with the stored projection.
    const calendar = await this.calendars.ofRevision(row.centerId, instance.snapshot.context.calendarRevision);
    const at = this.clock.now().toISOString();
    const view = inspect(definition, instance.snapshot, at, calendar);
    return {
      id: row.id,
      receiptNo: row.receiptNo,
      itemCode: row.itemCode,
      flowKey: row.flowKey,
      flowVersion: row.flowVersion,
      applicant: row.applicant,
      channel: row.channel,
      centerId: row.centerId,
      version: instance.version,
      status: view.status,
      currentNodes: view.activeNodes,
      acceptedAt: view.acceptedAt,
      deadline: view.deadline,
      statutoryDeadline: view.statutoryDeadline,
      remainingWorkingDays: view.remainingWorkingDays,
      warning: view.warning,
      card: view.card,
      calendarOfficial: view.calendarOfficial,
      clockPaused: view.clockPaused,
      firstInquiryOfficer: view.firstInquiryOfficer,
      missingMaterials: view.missingMaterials,
      supplementDeadline: view.supplementDeadline,
      deemedAcceptanceAt: view.deemedAcceptanceAt,
      walkIn: view.walkIn,
      // The engine's list includes what the one-time notice's supplement added.
      materials: instance.snapshot.context.materials.map((code) => ({ code })),
      data: row.data,
      openTasks: view.openTasks.map((task) => ({ ...task, card: stepCardAt(view.cards, task.nodeId, at) })),
      stepClocks: view.stepClocks,
      pauses: view.pauses,
      extension: view.extension,
      submittedAt: new Date(row.createdAt).toISOString(),
      timeline: view.history.map((entry) => ({
        at: entry.at,
        actor: entry.actor,
        onBehalfOf: entry.onBehalfOf ?? null,
        inNameOf: entry.inNameOf ?? null,
        action: entry.action,
        nodeId: entry.nodeId,
        note: entry.note ?? null,
      })),
    };
  }

  /**
   * The caller's applications, newest first: without `page`/`pageSize` the first `limit` as an array (as the
   * contract always said), with them one page and the total. Both narrow by status and the item search.
   */
  async list(user: AuthUser, query: ApplicationListQuery): Promise<ApplicationSummary[] | Page<ApplicationSummary>> {
    assertSortable(query);
    const visible = await this.access.listFilter(user);
    const where = new Where([...visible.params]).and(visible.sql);
    where.when(query.status, (p) => `a.status = ${p}`);
    where.when(query.receiptNo && containing(query.receiptNo), (p) => `a.receipt_no ILIKE ${p}`);
    where.when(query.applicant && containing(query.applicant), (p) => APPLICANT_MATCHES(p));
    where.when(query.from, (p) => `${shanghaiDay('a.created_at')} >= ${p}::date`);
    where.when(query.to, (p) => `${shanghaiDay('a.created_at')} <= ${p}::date`);
    const sql = {
      select: `SELECT a.id, a.receipt_no AS "receiptNo", a.item_code AS "itemCode", c.name AS "itemName", a.applicant,
              a.status, a.accepted_at AS "acceptedAt", a.deadline, a.clock_paused AS "clockPaused",
              a.created_at AS "submittedAt", a.completed_at AS "completedAt"`,
      from: `FROM application a JOIN catalog_item c ON c.center_id = a.center_id AND c.code = a.item_code`,
      where,
      orderBy: orderBy(query, APPLICATION_SORT_COLUMNS, 'a.created_at DESC', 'a.id'),
    };
    if (isPaged(query)) return pageOfRows(this.db, query, sql, (rows: ApplicationSummary[]) => rows);
    const limit = where.param(query.limit);
    return this.db.query(
      `${sql.select} ${sql.from} WHERE ${where.sql} ORDER BY ${sql.orderBy} LIMIT ${limit}`,
      where.params,
    );
  }

  async events(user: AuthUser, id: string) {
    await this.access.readable(user, id);
    return this.db.query(
      `SELECT id::int AS id, at, actor, on_behalf_of AS "onBehalfOf", command, node_id AS "nodeId",
              from_status AS "fromStatus", to_status AS "toStatus", instance_version AS "version", payload
       FROM instance_event WHERE application_id = $1 ORDER BY instance_version`,
      [id],
    );
  }

  /** The departments whose head may approve a §42 extension of this item now: those where it stands. */
  async extensionDepartmentsOf(row: ApplicationRow): Promise<string[]> {
    const definition = await this.definitions.get(row.flowKey, row.flowVersion);
    return extensionDepartments(definition, row.snapshot);
  }

  /**
   * Who applies, and who took it in: an applicant for itself; a window officer (not online) for an applicant
   * account or a walk-in, the officer then being the item's 首问 and the submit's actor.
   */
  private async intakeOf(user: AuthUser, input: SubmitInput): Promise<Intake> {
    if (user.roles.includes('applicant')) return { applicant: user.username };
    if (!user.roles.includes('officer') || !input.applicant || input.channel === 'online') {
      throw forbidden('只有申请人本人或窗口人员（代为录入）可以申报');
    }
    const applicant = input.applicant;
    if (typeof applicant !== 'string') {
      return { applicant: `${WALK_IN}${applicant.idNumber}`, walkIn: applicant, intakeOfficer: user.username };
    }
    const [account] = await this.db.query(`SELECT 1 FROM app_user WHERE username = $1 AND 'applicant' = ANY(roles)`, [
      applicant,
    ]);
    if (!account) throw badRequest('UNKNOWN_APPLICANT', `申请人账号 ${applicant} 不存在`);
    return { applicant, intakeOfficer: user.username };
  }

  /**
   * The catalog item the code names for this caller (`CatalogResolver`), with the newest published version of its
   * flow (null when none is published). 400 UNKNOWN_ITEM when there is none, 409 CATALOG_CODE_AMBIGUOUS.
   */
  private async catalogItem(
    code: string,
    lookup: CatalogLookup,
  ): Promise<{ item: CatalogRow; tree: readonly CenterNode[] }> {
    const { rows, tree } = await this.catalogRowsOf(code);
    const resolution = await this.catalogResolver.resolve(
      rows.map((row) => row.centerId),
      lookup,
    );
    if ('refusal' in resolution && resolution.refusal === 'ambiguous') {
      throw catalogCodeAmbiguous(code, resolution.centers);
    }
    const row = 'centerId' in resolution ? rows.find((candidate) => candidate.centerId === resolution.centerId) : null;
    if (!row) throw badRequest('UNKNOWN_ITEM', `事项 ${code} 不存在`);
    return { item: row, tree };
  }

  private async catalogRowsOf(code: string): Promise<{ rows: CatalogRow[]; tree: CenterNode[] }> {
    const changes = this.catalogChanges.current;
    const recent = this.catalogRows.get(code);
    if (recent?.changes === changes) return recent;
    const rows = await this.prepared.lookup<CatalogRow>(
      `SELECT code, center_id AS "centerId", flow_key AS "flowKey", statutory_days AS "statutoryDays",
              promised_days AS "promisedDays", materials, joint_handling AS "jointHandling",
              retired_at IS NOT NULL AS retired,
              (SELECT max(version) FROM flow_definition f WHERE f.key = c.flow_key AND f.status = 'published')
                AS "flowVersion",
              (SELECT f.center_id FROM flow_definition f WHERE f.key = c.flow_key LIMIT 1) AS "flowCenterId"
       FROM catalog_item c WHERE code = $1`,
      ['text'],
      [code],
    );
    const tree = await this.centers.tree();
    // The count from before the read: a change committed while it ran makes the next submit read again.
    const read = { rows, tree, changes };
    this.catalogRows.set(code, read);
    return read;
  }
}

/** The contract's answer to a submit the item's state refuses (`intakeRefusal`); nothing is written. */
function intakeRefused(refusal: Exclude<IntakeRefusal, null>, item: CatalogRow): ApiException {
  switch (refusal) {
    case 'item-retired':
      return conflict('CATALOG_ITEM_RETIRED', `事项 ${item.code} 已停用，不再受理新申请`);
    case 'other-center':
      return new ApiException(
        403,
        'OTHER_CENTER_ITEM',
        `事项 ${item.code} 属于其他政务服务中心，窗口只能为本中心的事项代为申报`,
      );
    case 'flow-not-published':
      return notFound('FLOW_NOT_PUBLISHED', `流程 ${item.flowKey} 尚未发布`);
    case 'flow-not-usable':
      return conflict(
        'FLOW_NOT_USABLE',
        `事项 ${item.code} 绑定的流程 ${item.flowKey} 不属于本中心及其上级中心，暂不能受理，请联系管理员重新绑定流程`,
        { code: item.code, centerId: item.centerId, flowKey: item.flowKey },
      );
  }
}
