import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type FlowDirectory, flowDefinitionSchema, validateFlow } from '@tongban/flow-model';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.module';
import { DirectoryService } from '../identity/directory.service';
import { DefinitionsService } from './definitions.service';

/**
 * At start-up (demo or not), publishes every `workflows/*.json` whose content is not yet published under
 * its key: a changed file becomes a new published version, an unchanged one adds nothing. Invalid files
 * are logged and skipped; a valid one naming departments, roles or users the deployment lacks is kept as a
 * draft (once per content) whose errors the administrator sees. Other bootstrap code that needs the flows awaits `ready()`.
 */
@Injectable()
export class ShippedFlowsLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger('ShippedFlows');
  private loading: Promise<void> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly definitions: DefinitionsService,
    private readonly directories: DirectoryService,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.ready();
  }

  ready(): Promise<void> {
    this.loading ??= this.loadAll();
    return this.loading;
  }

  private async loadAll(): Promise<void> {
    const files = await this.flowFiles();
    const directory = await this.directories.forDeployment();
    for (const file of files) await this.load(file, directory);
  }

  private async flowFiles(): Promise<string[]> {
    const dir = this.config.workflowsDir;
    try {
      const names = await fs.readdir(dir);
      return names
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => path.join(dir, name));
    } catch (error) {
      this.logger.warn(`no shipped flows loaded: cannot read ${dir} (${(error as Error).message})`);
      return [];
    }
  }

  private async load(file: string, directory: FlowDirectory): Promise<void> {
    const source = `workflows/${path.basename(file)}`;
    let json: unknown;
    try {
      json = JSON.parse(await fs.readFile(file, 'utf8'));
    } catch (error) {
      this.logger.error(`${source} skipped: not readable JSON (${(error as Error).message})`);
      return;
    }
    const { valid, errors } = validateFlow(json);
    if (!valid) {
      const list = errors.map((e) => `${e.code}${e.nodeId ? ` @${e.nodeId}` : ''}${e.edgeId ? ` @${e.edgeId}` : ''}`);
      this.logger.error(`${source} skipped: fails validation (${list.join(', ')})`);
      return;
    }
    const definition = flowDefinitionSchema.parse(json);
    const missing = validateFlow(json, { directory }).errors;
    if (missing.length) {
      // A deployment without the departments (or roles, users) a shipped flow names still starts.
      const { flow, created } = await this.definitions.draftShipped(definition, source);
      const list = missing.map((e) => `${e.code} @${e.nodeId}`).join(', ');
      if (created) this.logger.warn(`${source} kept as draft ${flow.key} v${flow.version}: ${list}`);
      return;
    }
    const { flow, created } = await this.definitions.publishShipped(definition, source);
    if (created) this.logger.log(`${source} published as ${flow.key} v${flow.version}`);
  }
}
