import { Inject, Injectable } from '@nestjs/common';
import {
  asksForCoverage,
  type CommandPlan,
  type CommandWrite,
  planCommand,
  type PlanFacts,
} from '@tongban/flow-engine';
import { needsDirectory } from '@tongban/flow-model';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { PreparedQueries } from '../../common/database/prepared-queries.service';
import type { Settled } from '../../common/database/group-committer';
import { APP_CONFIG } from '../../config/app-config.module';
import type { AppConfig } from '../../config/app-config';
import { CalendarService } from '../calendar/calendar.service';
import { ClockService } from '../clock/clock.service';
import { DirectoryService } from '../identity/directory.service';
import { DefinitionCache } from './definition-cache.service';
import type { ApplicationFacts, KnownInstance } from './instance-rows';
import type { CommandOutcome, CommandRequest } from './write-path/command-request';
import { InstanceCache } from './write-path/instance-cache.service';
import { WritePath } from './write-path/write-path';

export type { CommandOutcome, CommandRequest } from './write-path/command-request';
export { recalculation } from './write-path/command-request';

/**
 * The one way an item's state changes, and the one owner of instance state: gather the facts a command needs,
 * plan it with the pure `planCommand` (libs/flow-engine), and hand the rows to the write path, which stores the
 * snapshot, the event row, the projection and the effects in one transaction (write-path/README.md). A refused
 * command writes nothing.
 */
@Injectable()
export class CommandExecutor {
  private readonly writePath: WritePath;

  constructor(
    db: DataSource,
    prepared: PreparedQueries,
    private readonly cache: InstanceCache,
    private readonly clock: ClockService,
    private readonly calendars: CalendarService,
    private readonly directories: DirectoryService,
    private readonly definitions: DefinitionCache,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const plan = (request: CommandRequest, instance: KnownInstance) => this.plan(request, instance);
    this.writePath = new WritePath(db, prepared, cache, plan, config.groupCommit);
  }

  execute(request: CommandRequest): Promise<CommandOutcome> {
    return this.writePath.submit({ kind: 'command', request });
  }

  /** Stores a new instance (submit), planned by `planCommand` before it was queued. */
  create(write: CommandWrite): Promise<CommandOutcome> {
    return this.writePath.submit({ kind: 'start', write });
  }

  /** Commands per commit so far (for the bench and metrics). */
  get groupCommitStats(): { batches: number; jobs: number } {
    return { ...this.writePath.committer.stats };
  }

  /**
   * Runs commands inside a caller's transaction, under row locks, as one batch (a calendar change recalculates
   * every running item of its center in the transaction that changes it); the first refusal fails them all.
   */
  async executeAllIn(manager: EntityManager, requests: CommandRequest[]): Promise<CommandOutcome[]> {
    return (await this.executeEachIn(manager, requests)).map((outcome) => {
      if (!outcome.ok) throw outcome.error;
      return outcome.value;
    });
  }

  /**
   * Runs commands inside a caller's transaction, under row locks, as one batch, each answered on its own: one the
   * engine refuses writes nothing and the others are written (the timer sweep fires a batch of claimed timers so).
   * A refusal by the database fails the caller's transaction, as any statement does.
   */
  executeEachIn(manager: EntityManager, requests: CommandRequest[]): Promise<Settled<CommandOutcome>[]> {
    return this.writePath.runIn(
      manager,
      requests.map((request) => ({ kind: 'command', request })),
    );
  }

  /** Runs inside a caller's transaction (the timer sweep claims its timer in the same one). */
  async executeIn(manager: EntityManager, request: CommandRequest): Promise<CommandOutcome> {
    const [outcome] = await this.executeAllIn(manager, [request]);
    return outcome;
  }

  /** An application this process submitted (facts that never change, and its status as last written here). */
  submitted(id: string): ApplicationFacts | undefined {
    return this.cache.application(id);
  }

  /** An open task this process opened: who may take it, and its claim and version as last written here. */
  openTask(taskId: string) {
    const hot = this.cache.openTask(taskId);
    if (!hot) return undefined;
    const claimedBy = hot.instance.snapshot.context.tasks.find((task) => task.id === taskId)?.claimedBy ?? null;
    return { ...hot.task, status: 'open' as const, claimedBy, version: hot.instance.version };
  }

  /** Gathers what planning the command needs: its flow, the center's calendar, directory and staff. */
  private async plan(request: CommandRequest, instance: KnownInstance): Promise<CommandPlan> {
    const definition = await this.definitions.get(instance.flowKey, instance.flowVersion);
    const recorded = instance.snapshot.context.calendarRevision ?? 0;
    const revised = request.calendar ?? (await this.calendars.current(instance.centerId, recorded));
    const directory = needsDirectory(definition)
      ? await this.directories.factsFor(instance.centerId, definition)
      : undefined;
    const facts: PlanFacts = {
      definition,
      instance: { applicationId: request.applicationId, ...instance },
      calendar: revised.calendar,
      calendarRevision: revised.revision,
      directory,
      at: (request.at ?? this.clock.now()).toISOString(),
      newId: randomUUID,
    };
    const move = { event: request.event };
    const plan = planCommand(request, move, facts);
    if (!request.coverage || !asksForCoverage(plan, facts)) return plan;
    return planCommand(request, move, { ...facts, coveredBy: await request.coverage() });
  }
}
