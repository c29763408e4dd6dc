import { Inject, Injectable } from '@nestjs/common';
import {
  directoryFacts,
  type DirectoryUser,
  type FlowDefinition,
  type FlowDirectory,
  needsDirectory,
} from '@tongban/flow-model';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.module';
import { ROLES } from './auth-user';

const CACHE_MS = 5_000;

/**
 * The departments, roles and accounts of a center, as validation and the engine need them (a 会签 over a
 * role opens one task per member). Loaded once per center and kept briefly, like the calendar: other
 * processes may add accounts, and a short cache keeps them in step without a query per command.
 */
@Injectable()
export class DirectoryService {
  private readonly cache = new Map<string, { directory: Promise<FlowDirectory>; loadedAt: number }>();
  private readonly facts = new WeakMap<FlowDirectory, WeakMap<FlowDefinition, FlowDirectory>>();

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  forCenter(centerId: string): Promise<FlowDirectory> {
    const cached = this.cache.get(centerId);
    if (cached && performance.now() - cached.loadedAt < CACHE_MS) return cached.directory;
    const directory = this.load(centerId);
    this.cache.set(centerId, { directory, loadedAt: performance.now() });
    directory.catch(() => this.cache.delete(centerId));
    return directory;
  }

  /**
   * What a flow's steps may need of the center's directory (the members of its 会签 over roles), or undefined
   * when it needs nothing. The engine runs on exactly these facts and the event log records them, so a
   * replay gives the same tasks whatever the directory holds later.
   */
  async factsFor(centerId: string, definition: FlowDefinition): Promise<FlowDirectory | undefined> {
    if (!needsDirectory(definition)) return undefined;
    const directory = await this.forCenter(centerId);
    let byDefinition = this.facts.get(directory);
    if (!byDefinition) this.facts.set(directory, (byDefinition = new WeakMap()));
    let facts = byDefinition.get(definition);
    if (!facts) byDefinition.set(definition, (facts = directoryFacts(definition, directory)));
    return facts;
  }

  /** Every center's departments and accounts together: what a deployment has, for the flows it ships. */
  forDeployment(): Promise<FlowDirectory> {
    return this.load(null);
  }

  private async load(centerId: string | null): Promise<FlowDirectory> {
    const departments: { code: string }[] = await this.db.query(
      `SELECT DISTINCT code FROM department WHERE $1::text IS NULL OR center_id = $1 ORDER BY code`,
      [centerId],
    );
    const users: DirectoryUser[] = await this.db.query(
      `SELECT username, roles, department FROM app_user
       WHERE ($1::text IS NULL OR center_id = $1) AND ($2 OR NOT demo) ORDER BY username`,
      [centerId, this.config.demo],
    );
    return { departments: departments.map((row) => row.code), roles: [...ROLES], users };
  }
}
