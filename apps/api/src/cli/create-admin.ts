import { passwordSchema, planFirstAdmin } from '@tongban/api-contract';
import { DataSource } from 'typeorm';
import type { PasswordHashCost } from '../config/app-config';
import { migrations } from '../database/migrations';
import { AdminAudit } from '../modules/admin-audit/admin-audit';
import { PasswordHasher } from '../modules/identity/password-hasher';

export interface CreateAdminOptions {
  username: string;
  password: string;
  name?: string;
  center?: string;
  centerName?: string;
  level?: string;
}

/** Raised for a refusal the operator can fix (printed without a stack trace). */
export class CliError extends Error {}

/**
 * Brings the database's schema up to date, then creates an admin (and the root center when the database has none).
 * An existing username is refused, never overwritten. Both changes are audited with the actor `cli`.
 */
export async function createAdmin(
  databaseUrl: string,
  options: CreateAdminOptions,
  at: Date,
  passwordHashCost: PasswordHashCost = 'standard',
): Promise<string> {
  const password = passwordSchema.safeParse(options.password);
  if (!password.success) throw new CliError(password.error.issues[0].message);
  const db = new DataSource({ type: 'postgres', url: databaseUrl, migrations, migrationsTransactionMode: 'each' });
  await db.initialize();
  try {
    await db.runMigrations();
    const hash = await new PasswordHasher({ passwordHashCost }).hash(options.password);
    return await db.transaction(async (manager) => {
      // One setup at a time: two operators running it at once must not both create a root center.
      await manager.query(`LOCK TABLE center IN SHARE ROW EXCLUSIVE MODE`);
      const centers = await manager.query(`SELECT id, parent_id AS "parentId" FROM center`);
      const plan = planFirstAdmin(options, centers);
      if (!plan.ok) throw new CliError(plan.message);
      const audit = { actor: 'cli', at, centerId: plan.centerId };
      if (plan.newCenter) {
        const { id, name, level } = plan.newCenter;
        await manager.query(
          `INSERT INTO center (id, name, level, parent_id, created_at) VALUES ($1, $2, $3, NULL, $4)`,
          [id, name, level, at],
        );
        await AdminAudit.record(manager, {
          ...audit,
          action: 'center.create',
          target: id,
          before: null,
          after: plan.newCenter,
        });
      }
      const [created] = await manager.query(
        `INSERT INTO app_user (center_id, username, name, password_hash, roles, created_at)
         VALUES ($1, $2, $3, $4, '{admin}', $5) ON CONFLICT (username) DO NOTHING RETURNING username`,
        [plan.centerId, options.username, options.name ?? '管理员', hash, at],
      );
      if (!created) throw new CliError(`用户名 ${options.username} 已存在`);
      const after = {
        username: options.username,
        name: options.name ?? '管理员',
        roles: ['admin'],
        centerId: plan.centerId,
      };
      await AdminAudit.record(manager, {
        ...audit,
        action: 'user.create',
        target: options.username,
        before: null,
        after,
      });
      return plan.centerId;
    });
  } finally {
    await db.destroy();
  }
}
