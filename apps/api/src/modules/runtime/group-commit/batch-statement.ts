import type { BatchRows } from './write-set';

interface Part {
  rows: keyof BatchRows;
  /** `$rows` stands for the recordset of this part's rows, `$keys` for the array of their keys. */
  sql: string;
  /** For updates: the key field and its type, passed again as an array so the planner sees how few rows match. */
  key?: { field: string; type: 'uuid' | 'text' };
}

// The instances' UPDATE is the main statement, the rest are CTEs: the main statement runs first (unreferenced
// data-modifying CTEs run after it), so a batch takes its instances' row locks before it touches the event key.
// A writer that holds an instance (the timer sweep, a locked batch) then makes the batch wait and fail on the
// event key, instead of the two deadlocking over event key and row lock.
// Each part reads its rows from one jsonb parameter (a recordset the planner always guesses at 100 rows; updates
// therefore also get their keys as an array, or they would hash-join against a scan of the whole table). Foreign keys are checked at the end of the statement, so a
// new application's instance, event, tasks and timers may sit beside it.
const PARTS: Part[] = [
  {
    rows: 'newApplications',
    sql: `INSERT INTO application (id, center_id, receipt_no, item_code, flow_key, flow_version, applicant, channel,
                                  data, materials, status, first_inquiry_officer, accepted_at, deadline,
                                  clock_paused, completed_at, created_at, updated_at)
          SELECT id, center_id, receipt_no, item_code, flow_key, flow_version, applicant, channel, data, materials,
                 status, first_inquiry_officer, accepted_at, deadline, clock_paused, completed_at, created_at,
                 updated_at
          FROM $rows AS x(id uuid, center_id text, receipt_no text, item_code text, flow_key text,
                          flow_version integer, applicant text, channel text, data jsonb, materials jsonb,
                          status text, first_inquiry_officer text, accepted_at timestamptz, deadline timestamptz,
                          clock_paused boolean, completed_at timestamptz, created_at timestamptz,
                          updated_at timestamptz)`,
  },
  {
    rows: 'newInstances',
    sql: `INSERT INTO process_instance (application_id, center_id, flow_key, flow_version, snapshot, version,
                                       updated_at)
          SELECT application_id, center_id, flow_key, flow_version, snapshot, version, at
          FROM $rows AS x(application_id uuid, center_id text, flow_key text, flow_version integer,
                          snapshot jsonb, version integer, at timestamptz)`,
  },
  {
    rows: 'instanceUpdates',
    sql: `UPDATE process_instance p SET snapshot = x.snapshot, version = x.version, updated_at = x.at
          FROM $rows AS x(application_id uuid, snapshot jsonb, version integer, at timestamptz)
          WHERE p.application_id = x.application_id AND p.application_id = ANY($keys)`,
    key: { field: 'application_id', type: 'uuid' },
  },
  {
    rows: 'applicationUpdates',
    sql: `UPDATE application a SET status = x.status, first_inquiry_officer = x.first_inquiry_officer,
                 accepted_at = x.accepted_at, deadline = x.deadline, clock_paused = x.clock_paused,
                 completed_at = x.completed_at, updated_at = x.updated_at
          FROM $rows AS x(id uuid, status text, first_inquiry_officer text, accepted_at timestamptz,
                          deadline timestamptz, clock_paused boolean, completed_at timestamptz,
                          updated_at timestamptz)
          WHERE a.id = x.id AND a.id = ANY($keys)`,
    key: { field: 'id', type: 'uuid' },
  },
  {
    rows: 'events',
    sql: `INSERT INTO instance_event (center_id, application_id, instance_version, at, actor, on_behalf_of, command,
                                     node_id, from_status, to_status, payload)
          SELECT center_id, application_id, instance_version, at, actor, on_behalf_of, command, node_id,
                 from_status, to_status, payload
          FROM $rows AS x(center_id text, application_id uuid, instance_version integer, at timestamptz,
                          actor text, on_behalf_of text, command text, node_id text, from_status text,
                          to_status text, payload jsonb)`,
  },
  {
    rows: 'newTasks',
    sql: `INSERT INTO task (id, center_id, application_id, node_id, node_name, department, candidate_roles,
                           candidate_users, status, created_at, deadline, closed_at, close_reason, decision,
                           completed_by, on_behalf_of)
          SELECT id, center_id, application_id, node_id, node_name, department, candidate_roles, candidate_users,
                 status, created_at, deadline, closed_at, close_reason, decision, completed_by, on_behalf_of
          FROM $rows AS x(id text, center_id text, application_id uuid, node_id text, node_name text,
                          department text, candidate_roles text[], candidate_users text[], status text,
                          created_at timestamptz, deadline timestamptz, closed_at timestamptz, close_reason text,
                          decision text, completed_by text, on_behalf_of text)`,
  },
  {
    rows: 'taskUpdates',
    sql: `UPDATE task t SET
            status = CASE WHEN x.close AND t.status = 'open' THEN 'closed' ELSE t.status END,
            closed_at = CASE WHEN x.close AND t.status = 'open' THEN x.closed_at ELSE t.closed_at END,
            close_reason = CASE WHEN x.close AND t.status = 'open' THEN x.close_reason ELSE t.close_reason END,
            decision = CASE WHEN x.close AND t.status = 'open' THEN x.decision ELSE t.decision END,
            completed_by = CASE WHEN x.close AND t.status = 'open' THEN x.completed_by ELSE t.completed_by END,
            on_behalf_of = CASE WHEN x.close AND t.status = 'open' THEN x.on_behalf_of ELSE t.on_behalf_of END,
            deadline = CASE WHEN x.set_deadline THEN x.deadline ELSE t.deadline END
          FROM $rows AS x(id text, close boolean, closed_at timestamptz, close_reason text, decision text,
                          completed_by text, on_behalf_of text, set_deadline boolean, deadline timestamptz)
          WHERE t.id = x.id AND t.id = ANY($keys)`,
    key: { field: 'id', type: 'text' },
  },
  {
    rows: 'newTimers',
    sql: `INSERT INTO timer (id, center_id, application_id, node_id, purpose, due_at, status, created_at)
          SELECT id, center_id, application_id, node_id, purpose, due_at, status, created_at
          FROM $rows AS x(id text, center_id text, application_id uuid, node_id text, purpose text,
                          due_at timestamptz, status text, created_at timestamptz)`,
  },
  {
    rows: 'cancelledTimers',
    // Not `AND status = 'pending'`: that lets the planner AND the key lookup with a scan of the whole partial
    // index of pending timers (timer_due_idx), which grows with every pending timer in the system.
    sql: `UPDATE timer SET status = CASE WHEN status = 'pending' THEN 'cancelled' ELSE status END
          WHERE id = ANY($keys)`,
    key: { field: '', type: 'text' },
  },
  {
    rows: 'ledger',
    sql: `INSERT INTO accountability_entry (center_id, application_id, kind, department, officer, node_id, note, at,
                                           owner, due_date)
          SELECT center_id, application_id, kind, department, officer, node_id, note, at, owner, due_date
          FROM $rows AS x(center_id text, application_id uuid, kind text, department text, officer text,
                          node_id text, note text, at timestamptz, owner text, due_date date)`,
  },
  {
    rows: 'idempotency',
    sql: `INSERT INTO idempotency_record (actor, key, request_hash, status_code, response)
          SELECT actor, key, request_hash, 200, response
          FROM $rows AS x(actor text, key text, request_hash text, response jsonb)`,
  },
];

/** One statement writing a whole batch: each table with rows gets one data-modifying CTE. */
export function batchStatement(rows: BatchRows): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const ctes: string[] = [];
  let main = 'SELECT 1';
  for (const part of PARTS) {
    const list = rows[part.rows] as unknown[];
    if (!list.length) continue;
    let sql = part.sql;
    if (sql.includes('$rows')) {
      params.push(JSON.stringify(list));
      sql = sql.replace('$rows', `jsonb_to_recordset($${params.length}::jsonb)`);
    }
    if (part.key) {
      const field = part.key.field;
      params.push(field ? list.map((row) => (row as Record<string, unknown>)[field]) : list);
      sql = sql.replace('$keys', `$${params.length}::${part.key.type}[]`);
    }
    if (part.rows === 'instanceUpdates') main = sql;
    else ctes.push(`w${ctes.length} AS (${sql})`);
  }
  if (!ctes.length && main === 'SELECT 1') return { sql: '', params };
  return { sql: ctes.length ? `WITH ${ctes.join(',\n')}\n${main}` : main, params };
}
