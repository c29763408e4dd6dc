import type { Effect } from '@tongban/flow-engine';
import type { EntityManager } from 'typeorm';

export interface EffectScope {
  centerId: string;
  applicationId: string;
  at: string;
  /** node id → display name, for the inbox. */
  nodeNames: Map<string, string>;
  actor: string;
  onBehalfOf: string | null;
  /** Who owns a new ledger row until it is closed, and by when (a date in the center's calendar). */
  ledgerOwner: string;
  ledgerDueDate: string;
}

/** Carries out the engine's effects inside the command's transaction, in the order the engine gave them. */
export async function writeEffects(manager: EntityManager, effects: Effect[], scope: EffectScope): Promise<void> {
  for (const effect of effects) {
    switch (effect.type) {
      case 'task.open':
        await manager.query(
          `INSERT INTO task (id, center_id, application_id, node_id, node_name, department, candidate_roles,
                             candidate_users, status, created_at, deadline)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'open', $9, $10)`,
          [
            effect.taskId,
            scope.centerId,
            scope.applicationId,
            effect.nodeId,
            scope.nodeNames.get(effect.nodeId) ?? effect.nodeId,
            effect.department,
            effect.candidateRoles,
            effect.participant && !effect.candidateUsers.length && !effect.candidateRoles.length
              ? [effect.participant]
              : effect.candidateUsers,
            scope.at,
            effect.deadline,
          ],
        );
        break;
      case 'task.close':
        await manager.query(
          `UPDATE task SET status = 'closed', closed_at = $2, close_reason = $3, decision = $4,
                  completed_by = CASE WHEN $3 = 'completed' THEN $5 ELSE NULL END,
                  on_behalf_of = CASE WHEN $3 = 'completed' THEN $6 ELSE NULL END
           WHERE id = $1 AND status = 'open'`,
          [effect.taskId, scope.at, effect.reason, effect.decision ?? null, effect.actor ?? scope.actor, scope.onBehalfOf],
        );
        break;
      case 'task.update':
        await manager.query(`UPDATE task SET deadline = $2 WHERE id = $1`, [effect.taskId, effect.deadline]);
        break;
      case 'timer.schedule':
        await manager.query(
          `INSERT INTO timer (id, center_id, application_id, node_id, purpose, due_at, status, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7)`,
          [effect.timerId, scope.centerId, scope.applicationId, effect.nodeId, effect.purpose, effect.dueAt, scope.at],
        );
        break;
      case 'timer.cancel':
        await manager.query(`UPDATE timer SET status = 'cancelled' WHERE id = $1 AND status = 'pending'`, [
          effect.timerId,
        ]);
        break;
      case 'accountability':
        await manager.query(
          `INSERT INTO accountability_entry (center_id, application_id, kind, department, officer, node_id, note, at,
                                             owner, due_date)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [
            scope.centerId,
            scope.applicationId,
            effect.kind,
            effect.department,
            effect.officer,
            effect.nodeId,
            effect.note,
            scope.at,
            scope.ledgerOwner,
            scope.ledgerDueDate,
          ],
        );
        break;
      case 'notify':
      case 'certificate.issue':
        // Recorded in the event's payload (the event row is written with these effects); delivery and
        // numbered certificates belong to the portal's outbox.
        break;
    }
  }
}
