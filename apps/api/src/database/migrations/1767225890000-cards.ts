import type { MigrationInterface, QueryRunner } from 'typeorm';
import { BatchWrite1767225840000 } from './1767225840000-batch-write';

/**
 * 电子监察 cards from the application row: `cards` holds the instants the item's card and each running step's card
 * change at (`ItemCards` of libs/flow-engine, written with the rest of the projection by every command), so the
 * workbench and the supervision dashboard give the card the item view gives at any instant without opening the
 * snapshot. `joint_handling`: the catalog item is handled jointly (§42 ¶2, 联合办理), its extension may reach 15
 * working days. The batch write function is replaced to write the new column.
 */
export class Cards1767225890000 implements MigrationInterface {
  name = 'Cards1767225890000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE application ADD COLUMN cards jsonb`);
    await q.query(`ALTER TABLE catalog_item ADD COLUMN joint_handling boolean NOT NULL DEFAULT false`);
    await q.query(`
      CREATE OR REPLACE FUNCTION tongban_write_batch(batch jsonb) RETURNS void
      LANGUAGE plpgsql
      SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off
      AS $$
      BEGIN
        IF batch ? 'newApplications' THEN
          INSERT INTO application (id, center_id, receipt_no, item_code, flow_key, flow_version, applicant, channel,
                                   data, materials, status, first_inquiry_officer, accepted_at, deadline,
                                   clock_paused, completed_at, created_at, updated_at, cards)
          SELECT id, center_id, receipt_no, item_code, flow_key, flow_version, applicant, channel, data, materials,
                 status, first_inquiry_officer, accepted_at, deadline, clock_paused, completed_at, created_at,
                 updated_at, cards
          FROM jsonb_to_recordset(batch->'newApplications') AS x(id uuid, center_id text, receipt_no text,
                 item_code text, flow_key text, flow_version integer, applicant text, channel text, data jsonb,
                 materials jsonb, status text, first_inquiry_officer text, accepted_at timestamptz,
                 deadline timestamptz, clock_paused boolean, completed_at timestamptz, created_at timestamptz,
                 updated_at timestamptz, cards jsonb);
        END IF;
        IF batch ? 'newInstances' THEN
          INSERT INTO process_instance (application_id, center_id, flow_key, flow_version, snapshot, version,
                                        updated_at)
          SELECT application_id, center_id, flow_key, flow_version, snapshot, version, at
          FROM jsonb_to_recordset(batch->'newInstances') AS x(application_id uuid, center_id text, flow_key text,
                 flow_version integer, snapshot jsonb, version integer, at timestamptz);
        END IF;
        IF batch ? 'instanceUpdates' THEN
          UPDATE process_instance p SET snapshot = x.snapshot, version = x.version, updated_at = x.at
          FROM jsonb_to_recordset(batch->'instanceUpdates') AS x(application_id uuid, snapshot jsonb,
                 version integer, at timestamptz)
          WHERE p.application_id = x.application_id;
        END IF;
        IF batch ? 'applicationUpdates' THEN
          UPDATE application a SET status = x.status, first_inquiry_officer = x.first_inquiry_officer,
                 accepted_at = x.accepted_at, deadline = x.deadline, clock_paused = x.clock_paused,
                 completed_at = x.completed_at, updated_at = x.updated_at, cards = x.cards
          FROM jsonb_to_recordset(batch->'applicationUpdates') AS x(id uuid, status text,
                 first_inquiry_officer text, accepted_at timestamptz, deadline timestamptz, clock_paused boolean,
                 completed_at timestamptz, updated_at timestamptz, cards jsonb)
          WHERE a.id = x.id;
        END IF;
        IF batch ? 'events' THEN
          INSERT INTO instance_event (center_id, application_id, instance_version, at, actor, on_behalf_of, command,
                                      node_id, from_status, to_status, payload)
          SELECT center_id, application_id, instance_version, at, actor, on_behalf_of, command, node_id,
                 from_status, to_status, payload
          FROM jsonb_to_recordset(batch->'events') AS x(center_id text, application_id uuid,
                 instance_version integer, at timestamptz, actor text, on_behalf_of text, command text,
                 node_id text, from_status text, to_status text, payload jsonb);
        END IF;
        IF batch ? 'newTasks' THEN
          INSERT INTO task (id, center_id, application_id, node_id, node_name, department, candidate_roles,
                            candidate_users, status, created_at, deadline, closed_at, close_reason, decision,
                            completed_by, on_behalf_of)
          SELECT id, center_id, application_id, node_id, node_name, department, candidate_roles, candidate_users,
                 status, created_at, deadline, closed_at, close_reason, decision, completed_by, on_behalf_of
          FROM jsonb_to_recordset(batch->'newTasks') AS x(id text, center_id text, application_id uuid,
                 node_id text, node_name text, department text, candidate_roles text[], candidate_users text[],
                 status text, created_at timestamptz, deadline timestamptz, closed_at timestamptz,
                 close_reason text, decision text, completed_by text, on_behalf_of text);
        END IF;
        IF batch ? 'taskUpdates' THEN
          UPDATE task t SET
            status = CASE WHEN x.close AND t.status = 'open' THEN 'closed' ELSE t.status END,
            closed_at = CASE WHEN x.close AND t.status = 'open' THEN x.closed_at ELSE t.closed_at END,
            close_reason = CASE WHEN x.close AND t.status = 'open' THEN x.close_reason ELSE t.close_reason END,
            decision = CASE WHEN x.close AND t.status = 'open' THEN x.decision ELSE t.decision END,
            completed_by = CASE WHEN x.close AND t.status = 'open' THEN x.completed_by ELSE t.completed_by END,
            on_behalf_of = CASE WHEN x.close AND t.status = 'open' THEN x.on_behalf_of ELSE t.on_behalf_of END,
            deadline = CASE WHEN x.set_deadline THEN x.deadline ELSE t.deadline END
          FROM jsonb_to_recordset(batch->'taskUpdates') AS x(id text, close boolean, closed_at timestamptz,
                 close_reason text, decision text, completed_by text, on_behalf_of text, set_deadline boolean,
                 deadline timestamptz)
          WHERE t.id = x.id;
        END IF;
        IF batch ? 'newTimers' THEN
          INSERT INTO timer (id, center_id, application_id, node_id, purpose, due_at, status, created_at)
          SELECT id, center_id, application_id, node_id, purpose, due_at, status, created_at
          FROM jsonb_to_recordset(batch->'newTimers') AS x(id text, center_id text, application_id uuid,
                 node_id text, purpose text, due_at timestamptz, status text, created_at timestamptz);
        END IF;
        IF batch ? 'cancelledTimers' THEN
          -- Not AND status = 'pending': that would invite the partial index of all pending timers (timer_due_idx).
          UPDATE timer SET status = CASE WHEN status = 'pending' THEN 'cancelled' ELSE status END
          WHERE id = ANY (ARRAY(SELECT jsonb_array_elements_text(batch->'cancelledTimers')));
        END IF;
        IF batch ? 'ledger' THEN
          INSERT INTO accountability_entry (center_id, application_id, kind, department, officer, node_id, note,
                                            at, owner, due_date)
          SELECT center_id, application_id, kind, department, officer, node_id, note, at, owner, due_date
          FROM jsonb_to_recordset(batch->'ledger') AS x(center_id text, application_id uuid, kind text,
                 department text, officer text, node_id text, note text, at timestamptz, owner text, due_date date);
        END IF;
        IF batch ? 'idempotency' THEN
          INSERT INTO idempotency_record (actor, key, request_hash, status_code, response)
          SELECT actor, key, request_hash, 200, response
          FROM jsonb_to_recordset(batch->'idempotency') AS x(actor text, key text, request_hash text,
                 response jsonb);
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await new BatchWrite1767225840000().down(q);
    await new BatchWrite1767225840000().up(q);
    await q.query(`ALTER TABLE catalog_item DROP COLUMN joint_handling`);
    await q.query(`ALTER TABLE application DROP COLUMN cards`);
  }
}
