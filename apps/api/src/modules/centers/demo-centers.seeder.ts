import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.module';
import type { CenterLevel } from './entities/center.entity';

export const DEMO_CITY = 'demo-city';
export const DEMO_COUNTY = 'demo-county';

const demoCenters: { id: string; name: string; level: CenterLevel; parentId: string | null }[] = [
  { id: DEMO_CITY, name: '示范市政务服务中心', level: 'city', parentId: null },
  { id: DEMO_COUNTY, name: '示范县政务服务中心', level: 'county', parentId: DEMO_CITY },
];

const demoDepartments: { centerId: string; code: string; name: string }[] = [
  { centerId: DEMO_CITY, code: 'center', name: '综合窗口' },
  { centerId: DEMO_CITY, code: 'planning', name: '自然资源和规划局' },
  { centerId: DEMO_CITY, code: 'fire', name: '消防救援支队' },
  { centerId: DEMO_CITY, code: 'environment', name: '生态环境局' },
  { centerId: DEMO_COUNTY, code: 'center', name: '综合窗口' },
  { centerId: DEMO_COUNTY, code: 'planning', name: '自然资源和规划局' },
];

/**
 * In demo mode, the demo city and county centers with their departments. Idempotent (every restart, and
 * several processes starting at once). It runs in onModuleInit, before any onApplicationBootstrap, so
 * other modules' demo seeders (catalog, accounts) find the centers in place; they may also await `ready()`.
 */
@Injectable()
export class DemoCentersSeeder implements OnModuleInit {
  private seeding: Promise<void> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
  ) {}

  onModuleInit(): Promise<void> {
    return this.ready();
  }

  ready(): Promise<void> {
    if (!this.config.demo) return Promise.resolve();
    this.seeding ??= this.seed();
    return this.seeding;
  }

  private async seed(): Promise<void> {
    for (const center of demoCenters) {
      await this.db.query(
        `INSERT INTO center (id, name, level, parent_id) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING`,
        [center.id, center.name, center.level, center.parentId],
      );
    }
    for (const department of demoDepartments) {
      await this.db.query(
        `INSERT INTO department (center_id, code, name) VALUES ($1, $2, $3) ON CONFLICT (center_id, code) DO NOTHING`,
        [department.centerId, department.code, department.name],
      );
    }
  }
}
