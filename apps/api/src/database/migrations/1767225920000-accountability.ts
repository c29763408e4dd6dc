import type { MigrationInterface, QueryRunner } from 'typeorm';
import { BatchWrite1767225840000 } from './1767225840000-batch-write';

/**
 * Accountability (issue 14): a task remembers who claimed it (认领); a ledger row may record the row whose lapse it
 * is (a complaint not rectified in time is recorded once, `source_entry_id` being unique); certificates are
 * numbered when the decision is made, from one counter per center and year, in the batch write that stores the
 * decision — so `tongban_write_batch` is replaced with the task's new column, the certificates and the application's
 * `cards` column (added by the cards migration before it).
 */
export class Accountability1767225920000 implements MigrationInterface {
  name = 'Accountability1767225920000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE task ADD COLUMN claimed_by text`);
    await q.query(
      `ALTER TABLE accountability_entry ADD COLUMN source_entry_id uuid UNIQUE REFERENCES accountability_entry(id)`,
    );
    // The complaint sweep runs with every clock move: it reads only complaint rows.
    await q.query(
      `CREATE INDEX accountability_complaint_due_idx ON accountability_entry(due_date) WHERE kind = 'complaint'`,
    );
    await q.query(`
      CREATE TABLE certificate_counter (
        center_id  text NOT NULL REFERENCES center(id),
        year       integer NOT NULL,
        seq        integer NOT NULL,
        PRIMARY KEY (center_id, year)
      )`);
    await q.query(`
      INSERT INTO certificate_counter (center_id, year, seq)
      SELECT center_id, year, max(seq) FROM certificate GROUP BY center_id, year`);
    // 〔2026〕通办证字第000042号: the number runs per center and per year of the decision.
    await q.query(`
      CREATE FUNCTION tongban_certificate_number(year integer, seq integer) RETURNS text
      LANGUAGE sql IMMUTABLE AS $$ SELECT '〔' || year || '〕通办证字第' || lpad(seq::text, 6, '0') || '号' $$`);
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
                            completed_by, on_behalf_of, claimed_by)
          SELECT id, center_id, application_id, node_id, node_name, department, candidate_roles, candidate_users,
                 status, created_at, deadline, closed_at, close_reason, decision, completed_by, on_behalf_of,
                 claimed_by
          FROM jsonb_to_recordset(batch->'newTasks') AS x(id text, center_id text, application_id uuid,
                 node_id text, node_name text, department text, candidate_roles text[], candidate_users text[],
                 status text, created_at timestamptz, deadline timestamptz, closed_at timestamptz,
                 close_reason text, decision text, completed_by text, on_behalf_of text, claimed_by text);
        END IF;
        IF batch ? 'taskUpdates' THEN
          UPDATE task t SET
            status = CASE WHEN x.close AND t.status = 'open' THEN 'closed' ELSE t.status END,
            closed_at = CASE WHEN x.close AND t.status = 'open' THEN x.closed_at ELSE t.closed_at END,
            close_reason = CASE WHEN x.close AND t.status = 'open' THEN x.close_reason ELSE t.close_reason END,
            decision = CASE WHEN x.close AND t.status = 'open' THEN x.decision ELSE t.decision END,
            completed_by = CASE WHEN x.close AND t.status = 'open' THEN x.completed_by ELSE t.completed_by END,
            on_behalf_of = CASE WHEN x.close AND t.status = 'open' THEN x.on_behalf_of ELSE t.on_behalf_of END,
            deadline = CASE WHEN x.set_deadline THEN x.deadline ELSE t.deadline END,
            claimed_by = CASE WHEN x.set_claim THEN x.claimed_by ELSE t.claimed_by END
          FROM jsonb_to_recordset(batch->'taskUpdates') AS x(id text, close boolean, closed_at timestamptz,
                 close_reason text, decision text, completed_by text, on_behalf_of text, set_deadline boolean,
                 deadline timestamptz, set_claim boolean, claimed_by text)
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
        IF batch ? 'certificates' THEN
          -- Numbered in the batch's order, which is decision order; the counter row of each center and year is
          -- taken in key order, so two batches numbering in the same year queue instead of deadlocking.
          WITH decided AS (
            SELECT x.*, row_number() OVER (PARTITION BY x.center_id, x.year ORDER BY x.ord) AS n,
                   count(*) OVER (PARTITION BY x.center_id, x.year) AS total
            FROM jsonb_to_recordset(batch->'certificates') AS x(ord integer, application_id uuid, center_id text,
                   year integer, decision text, decided_at timestamptz)
          ), counted AS (
            INSERT INTO certificate_counter AS k (center_id, year, seq)
            SELECT center_id, year, count(*) FROM decided GROUP BY center_id, year ORDER BY center_id, year
            ON CONFLICT (center_id, year) DO UPDATE SET seq = k.seq + EXCLUDED.seq
            RETURNING k.center_id, k.year, k.seq AS last
          )
          INSERT INTO certificate (center_id, application_id, year, seq, number, item_code, item_name, applicant,
                                   applicant_name, decision, decided_at, center_name, issued_at)
          SELECT d.center_id, d.application_id, d.year, k.last - d.total + d.n,
                 tongban_certificate_number(d.year, (k.last - d.total + d.n)::integer), a.item_code, c.name,
                 a.applicant, COALESCE(u.name, a.applicant), d.decision, d.decided_at, z.name, d.decided_at
          FROM decided d JOIN counted k ON k.center_id = d.center_id AND k.year = d.year
          JOIN application a ON a.id = d.application_id JOIN catalog_item c ON c.code = a.item_code
          JOIN center z ON z.id = d.center_id LEFT JOIN app_user u ON u.username = a.applicant
          ON CONFLICT (application_id) DO NOTHING;
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
    // Back to the function as the batch-write migration made it (the cards migration does not replace it).
    await new BatchWrite1767225840000().down(q);
    await new BatchWrite1767225840000().up(q);
    await q.query(`DROP FUNCTION tongban_certificate_number(integer, integer)`);
    await q.query(`DROP TABLE certificate_counter`);
    await q.query(`DROP INDEX accountability_complaint_due_idx`);
    await q.query(`ALTER TABLE accountability_entry DROP COLUMN source_entry_id`);
    await q.query(`ALTER TABLE task DROP COLUMN claimed_by`);
  }
}
