import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { flowDefinitionSchema, validateFlow } from '@tongban/flow-model';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.module';
import { DefinitionsService } from './definitions.service';

/**
 * At start-up (demo or not), publishes every `workflows/*.json` whose content is not yet published under
 * its key: a changed file becomes a new published version, an unchanged one adds nothing. Invalid files
 * are logged and skipped. Other bootstrap code that needs the flows awaits `ready()`.
 */
@Injectable()
export class ShippedFlowsLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger('ShippedFlows');
  private loading: Promise<void> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly definitions: DefinitionsService,
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
    for (const file of files) await this.load(file);
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

  private async load(file: string): Promise<void> {
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
    const { flow, created } = await this.definitions.publishShipped(flowDefinitionSchema.parse(json), source);
    if (created) this.logger.log(`${source} published as ${flow.key} v${flow.version}`);
  }
}
