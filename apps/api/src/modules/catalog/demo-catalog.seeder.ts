import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.module';
import { DEMO_CITY, DemoCentersSeeder } from '../centers';
import { ShippedFlowsLoader } from '../definitions/shipped-flows.loader';
import { CatalogService } from './catalog.service';
import { demoCatalog } from './demo-catalog';

/**
 * In demo mode, the demo city's catalog. It waits for the demo centers and the shipped flows itself rather
 * than relying on module order. Idempotent: an item whose code exists is left as it is (an administrator's
 * edits survive restarts); an item whose flow is not published is logged and skipped.
 */
@Injectable()
export class DemoCatalogSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoCatalog');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly centers: DemoCentersSeeder,
    private readonly flows: ShippedFlowsLoader,
    private readonly catalog: CatalogService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo) return;
    await this.centers.ready();
    await this.flows.ready();
    for (const item of demoCatalog) {
      try {
        await this.catalog.seed(DEMO_CITY, item);
      } catch (error) {
        this.logger.error(`demo item ${item.code} skipped: ${(error as Error).message}`);
      }
    }
  }
}
