import { Injectable } from '@nestjs/common';
import { auditSnapshot } from '@tongban/api-contract';
import type { EntityManager } from 'typeorm';

/** One administrative change: who did what to which target, the state before and after (null when none). */
export interface AdminAuditEntry {
  centerId: string;
  actor: string;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
  at: Date;
}

/** The entry of a change made by `actor` (an admin, or `cli` for the command line). */
export function auditEntry(
  actor: { username: string },
  centerId: string,
  action: string,
  target: string,
  before: unknown,
  after: unknown,
  at: Date,
): AdminAuditEntry {
  return { centerId, actor: actor.username, action, target, before, after, at };
}

/**
 * The append-only admin audit log (admin_audit). `record` writes in the caller's transaction (its manager), so a
 * change and its audit row commit or roll back together. Secrets (password hashes, passwords, token versions) are
 * never written. Usable without injection (`AdminAudit.record(manager, entry)`) or as an injected service.
 */
@Injectable()
export class AdminAudit {
  static async record(manager: EntityManager, entry: AdminAuditEntry): Promise<void> {
    await manager.query(
      `INSERT INTO admin_audit (center_id, actor, action, target, before, after, at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)`,
      [
        entry.centerId,
        entry.actor,
        entry.action,
        entry.target,
        jsonOrNull(auditSnapshot(entry.before)),
        jsonOrNull(auditSnapshot(entry.after)),
        entry.at,
      ],
    );
  }

  record(manager: EntityManager, entry: AdminAuditEntry): Promise<void> {
    return AdminAudit.record(manager, entry);
  }
}

const jsonOrNull = (value: unknown): string | null => (value === null ? null : JSON.stringify(value));
