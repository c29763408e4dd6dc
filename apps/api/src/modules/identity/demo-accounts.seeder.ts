import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.module';
import { DEMO_CITY, DEMO_COUNTY, DemoCentersSeeder } from '../centers/demo-centers.seeder';
import type { Role } from './auth-user';
import { PasswordHasher } from './password-hasher';

interface DemoAccount {
  username: string;
  name: string;
  roles: Role[];
  department?: string;
  chiefRepresentative?: boolean;
  centerId?: string;
  /** Office phone (办公电话), printed on the notices the officer issues. */
  phone?: string;
}

const demoAccounts: DemoAccount[] = [
  { username: 'admin', phone: '0755-23610100', name: '管理员', roles: ['admin'] },
  { username: 'window1', phone: '0755-23610101', name: '窗口人员', roles: ['officer'], department: 'center' },
  { username: 'window2', phone: '0755-23610102', name: '窗口人员', roles: ['officer'], department: 'center' },
  {
    username: 'planning1',
    phone: '0755-23610201',
    name: '规划审查员',
    roles: ['reviewer', 'committee'],
    department: 'planning',
    chiefRepresentative: true,
  },
  {
    username: 'planning1b',
    phone: '0755-23610202',
    name: '规划审查员（B岗）',
    roles: ['reviewer'],
    department: 'planning',
  },
  { username: 'fire1', phone: '0755-23610301', name: '消防审查员', roles: ['reviewer'], department: 'fire' },
  { username: 'env1', phone: '0755-23610401', name: '环保审查员', roles: ['reviewer'], department: 'environment' },
  { username: 'planninghead', phone: '0755-23610200', name: '规划局负责人', roles: ['head'], department: 'planning' },
  { username: 'firehead', phone: '0755-23610300', name: '消防支队负责人', roles: ['head'], department: 'fire' },
  { username: 'envhead', phone: '0755-23610400', name: '生态环境局负责人', roles: ['head'], department: 'environment' },
  { username: 'super1', phone: '0755-23610500', name: '效能监察员', roles: ['supervisor'] },
  { username: 'alice', name: '王爱丽', roles: ['applicant'] },
  { username: 'bob', name: '李博', roles: ['applicant'] },
  { username: 'county-admin', phone: '0755-27830100', name: '县中心管理员', roles: ['admin'], centerId: DEMO_COUNTY },
];

const demoPairs = [{ centerId: DEMO_CITY, a: 'planning1', b: 'planning1b' }];

/**
 * In demo mode, the demo accounts (password = username, marked demo) and their A/B pair. Idempotent: only
 * missing accounts are created, existing ones are left as they are. Outside demo mode nothing is seeded and
 * accounts marked demo cannot log in.
 */
@Injectable()
export class DemoAccountsSeeder implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
    private readonly centers: DemoCentersSeeder,
    private readonly passwords: PasswordHasher,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.demo) return;
    await this.centers.ready();
    const existing: { username: string }[] = await this.db.query(
      `SELECT username FROM app_user WHERE username = ANY($1)`,
      [demoAccounts.map((account) => account.username)],
    );
    const present = new Set(existing.map((row) => row.username));
    const missing = demoAccounts.filter((account) => !present.has(account.username));
    const hashes = await Promise.all(missing.map((account) => this.passwords.hash(account.username)));
    for (const [i, account] of missing.entries()) {
      await this.db.query(
        `INSERT INTO app_user (center_id, username, name, password_hash, roles, department, chief_representative, demo, phone)
         VALUES ($1, $2, $3, $4, $5, $6, $7, true, $8)
         ON CONFLICT (username) DO NOTHING`,
        [
          account.centerId ?? DEMO_CITY,
          account.username,
          account.name,
          hashes[i],
          account.roles,
          account.department ?? null,
          account.chiefRepresentative ?? false,
          account.phone ?? null,
        ],
      );
    }
    // Demo accounts seeded before staff had phones get theirs once.
    for (const account of demoAccounts.filter((a) => a.phone && present.has(a.username))) {
      await this.db.query(`UPDATE app_user SET phone = $2 WHERE username = $1 AND demo AND phone IS NULL`, [
        account.username,
        account.phone,
      ]);
    }
    for (const pair of demoPairs) {
      await this.db.query(
        `INSERT INTO ab_pair (center_id, a_username, b_username) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [pair.centerId, pair.a, pair.b],
      );
    }
  }
}
