import type { Effect } from '@tongban/flow-engine';
import { batchStatement } from './batch-statement';
import type { CommandWrite } from '@tongban/flow-engine';
import { foldWrites } from './write-set';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

function write(
  applicationId: string,
  version: number,
  effects: Effect[],
  extra: Partial<CommandWrite> = {},
): CommandWrite {
  const at = `2026-09-28T0${version}:00:00.000Z`;
  return {
    applicationId,
    centerId: 'demo-city',
    flowKey: 'parallel-review',
    flowVersion: 1,
    at,
    snapshot: { version },
    version,
    projection: {
      status: `status-${version}`,
      firstInquiryOfficer: 'window1',
      acceptedAt: null,
      deadline: null,
      clockPaused: false,
      completedAt: null,
      cards: { item: null, steps: [] },
    },
    event: {
      centerId: 'demo-city',
      applicationId,
      version,
      at,
      actor: 'window1',
      onBehalfOf: null,
      command: 'accept',
      nodeId: null,
      fromStatus: null,
      toStatus: `status-${version}`,
      payload: {},
    },
    effects,
    effectScope: {
      centerId: 'demo-city',
      applicationId,
      at,
      nodeNames: new Map([['fire', '消防审查']]),
      actor: 'fire1',
      onBehalfOf: null,
      staff: { coveredBy: { planning1: 'planning1b' }, actorDepartment: null },
      ledgerDueDate: '2026-10-12',
    },
    ...extra,
  };
}

const open = (taskId: string): Effect => ({
  type: 'task.open',
  taskId,
  nodeId: 'fire',
  department: 'fire',
  candidateRoles: ['reviewer'],
  candidateUsers: [],
  deadline: '2026-10-09T15:59:59.999Z',
});

describe('foldWrites', () => {
  it("turns the batch's notices, new open tasks and decisions into outbox rows of their commands' statement", () => {
    const notice: Effect = {
      type: 'notify',
      to: 'applicant',
      template: 'missing-materials',
      payload: { missing: [{ code: 'F04', name: '预案' }] },
    };
    const escalation: Effect = {
      type: 'notify',
      to: 'department-head:fire',
      template: 'step-overdue-escalation',
      payload: {},
    };
    const closed: Effect = { type: 'task.close', taskId: 't2', nodeId: 'fire', reason: 'completed' };
    const rows = foldWrites([
      write(A, 2, [notice, open('t1'), open('t2'), closed]),
      write(B, 3, [escalation, { type: 'notify', to: 'fire1', template: '请到窗口领证', payload: {} }], {
        certificate: { year: 2026, decision: 'approved' },
      }),
      write(B, 4, [{ ...notice, template: 'acceptance-refused' }], {
        certificate: { year: 2026, decision: 'rejected' },
      }),
    ]);
    const brief = rows.outbox.map((r) => [r.application_id, r.kind, r.audience, r.params]);
    expect(brief).toEqual([
      [A, 'missing-materials', { applicant: true }, notice.payload],
      [B, 'decision', { applicant: true }, { decision: 'approved' }],
      [B, 'step-overdue-escalation', { department: 'fire', heads: true }, {}],
      [B, 'flow-notice', { users: ['fire1'] }, { message: '请到窗口领证' }],
      // A refusal already told the applicant: no second decision notice.
      [B, 'acceptance-refused', { applicant: true }, notice.payload],
      // t2 was opened and completed in the batch: nobody's new work.
      [
        A,
        'task-assigned',
        { department: 'fire', roles: ['reviewer'] },
        { taskId: 't1', nodeName: '消防审查', deadline: '2026-10-09T15:59:59.999Z' },
      ],
    ]);
    expect(rows.outbox[0]).toMatchObject({
      center_id: 'demo-city',
      created_at: '2026-09-28T02:00:00.000Z',
      dedupe_key: null,
    });
  });

  it('keeps every event but only the last snapshot and projection of each instance', () => {
    const rows = foldWrites([write(A, 2, []), write(B, 5, []), write(A, 3, [])]);
    expect(rows.events.map((e) => [e.application_id, e.instance_version])).toEqual([
      [A, 2],
      [B, 5],
      [A, 3],
    ]);
    expect(rows.instanceUpdates).toEqual([
      { application_id: A, snapshot: { version: 3 }, version: 3, at: '2026-09-28T03:00:00.000Z' },
      { application_id: B, snapshot: { version: 5 }, version: 5, at: '2026-09-28T05:00:00.000Z' },
    ]);
    expect(rows.applicationUpdates.map((a) => [a.id, a.status])).toEqual([
      [A, 'status-3'],
      [B, 'status-5'],
    ]);
  });

  it('inserts a new item with the projection of its last command in the batch', () => {
    const created = { receiptNo: 'TB1', itemCode: 'X', applicant: 'alice', channel: 'online', data: {}, materials: [] };
    const rows = foldWrites([write(A, 1, [], { created }), write(A, 2, [])]);
    expect(rows.instanceUpdates).toEqual([]);
    expect(rows.newInstances).toEqual([expect.objectContaining({ application_id: A, version: 2 })]);
    expect(rows.newApplications).toEqual([
      expect.objectContaining({ id: A, receipt_no: 'TB1', status: 'status-2', created_at: '2026-09-28T02:00:00.000Z' }),
    ]);
  });

  it('inserts a task opened and closed in the same batch as closed, with who closed it', () => {
    const rows = foldWrites([
      write(A, 2, [open('t1')]),
      write(A, 3, [{ type: 'task.close', taskId: 't1', nodeId: 'fire', reason: 'completed', decision: 'approve' }]),
    ]);
    expect(rows.taskUpdates).toEqual([]);
    expect(rows.newTasks).toEqual([
      expect.objectContaining({
        id: 't1',
        node_name: '消防审查',
        status: 'closed',
        decision: 'approve',
        completed_by: 'fire1',
        closed_at: '2026-09-28T03:00:00.000Z',
      }),
    ]);
  });

  it('turns closes and deadline moves of existing tasks into one update row each', () => {
    const rows = foldWrites([
      write(A, 2, [{ type: 'task.update', taskId: 'old', nodeId: 'fire', deadline: null }]),
      write(A, 3, [{ type: 'task.close', taskId: 'old', nodeId: 'fire', reason: 'timeout' }]),
    ]);
    expect(rows.taskUpdates).toEqual([
      expect.objectContaining({
        id: 'old',
        set_deadline: true,
        deadline: null,
        close: true,
        close_reason: 'timeout',
        completed_by: null,
      }),
    ]);
  });

  it('inserts a timer scheduled and cancelled in the same batch as cancelled; cancels older ones by id', () => {
    const rows = foldWrites([
      write(A, 2, [
        {
          type: 'timer.schedule',
          timerId: 'new',
          dueAt: '2026-10-09T16:00:00.000Z',
          nodeId: 'fire',
          purpose: 'step-deadline',
        },
      ]),
      write(A, 3, [
        { type: 'timer.cancel', timerId: 'new', nodeId: 'fire' },
        { type: 'timer.cancel', timerId: 'old', nodeId: null },
      ]),
    ]);
    expect(rows.newTimers).toEqual([expect.objectContaining({ id: 'new', status: 'cancelled' })]);
    expect(rows.cancelledTimers).toEqual(['old']);
  });

  it('writes ledger rows naming who answers for them (not the window officer), due by their command’s date', () => {
    const rows = foldWrites([
      write(A, 2, [
        {
          type: 'accountability',
          kind: 'tacit-approval',
          department: 'fire',
          officer: null,
          nodeId: 'fire',
          note: '逾期默认通过',
        },
        {
          type: 'accountability',
          kind: 'overdue-step',
          department: 'planning',
          officer: 'planning1',
          nodeId: 'plan',
          note: '逾期',
        },
      ]),
    ]);
    expect(rows.ledger).toEqual([
      expect.objectContaining({
        kind: 'tacit-approval',
        department: 'fire',
        officer: null,
        owner: 'fire',
        due_date: '2026-10-12',
      }),
      expect.objectContaining({
        kind: 'overdue-step',
        department: 'planning',
        officer: 'planning1b',
        owner: 'planning1b',
      }),
    ]);
  });

  it('records claims on new tasks and as updates of existing ones', () => {
    const rows = foldWrites([
      write(A, 2, [open('t1'), { type: 'task.claim', taskId: 't1', nodeId: 'fire', claimedBy: 'fire1' }]),
      write(B, 3, [{ type: 'task.claim', taskId: 'old', nodeId: 'fire', claimedBy: null }]),
    ]);
    expect(rows.newTasks).toEqual([expect.objectContaining({ id: 't1', claimed_by: 'fire1' })]);
    expect(rows.taskUpdates).toEqual([
      expect.objectContaining({ id: 'old', set_claim: true, claimed_by: null, close: false }),
    ]);
  });

  it('writes a task gone to other people into a new task, and as an address row of an existing one', () => {
    const address = (taskId: string) => ({
      type: 'task.address' as const,
      taskId,
      nodeId: 'fire',
      department: 'fire',
      candidateRoles: [],
      candidateUsers: ['fire1b'],
    });
    const rows = foldWrites([write(A, 2, [open('t1'), address('t1')]), write(B, 3, [address('old')])]);
    expect(rows.newTasks).toEqual([expect.objectContaining({ id: 't1', candidate_users: ['fire1b'] })]);
    expect(rows.taskAddresses).toEqual([
      { id: 'old', department: 'fire', candidate_roles: [], candidate_users: ['fire1b'] },
    ]);
    const told = rows.outbox.filter((row) => row.kind === 'task-assigned');
    expect(told.map((row) => [row.audience, (row.params as { taskId: string }).taskId])).toEqual([
      [{ users: ['fire1b'] }, 'old'],
      [{ users: ['fire1b'] }, 't1'],
    ]);
  });

  it('numbers the decisions of a batch in the order they were made', () => {
    const decided = (year: number) => ({ certificate: { year, decision: 'approved' } });
    const rows = foldWrites([write(B, 2, [], decided(2026)), write(A, 3, []), write(A, 4, [], decided(2026))]);
    expect(rows.certificates.map((c) => [c.ord, c.application_id, c.decided_at])).toEqual([
      [0, B, '2026-09-28T02:00:00.000Z'],
      [1, A, '2026-09-28T04:00:00.000Z'],
    ]);
  });
});

describe('batchStatement', () => {
  it('sends only the tables that have rows, in one JSON parameter', () => {
    const { sql, params } = batchStatement(
      foldWrites([write(A, 2, [{ type: 'timer.cancel', timerId: 'old', nodeId: null }])]),
    );
    expect(sql).toBe(
      'SELECT tongban_write_batch($1::jsonb), tongban_write_outbox($1::jsonb), tongban_write_task_addresses($1::jsonb)',
    );
    const parts = JSON.parse(params[0] as string);
    expect(Object.keys(parts).sort()).toEqual(['applicationUpdates', 'cancelledTimers', 'events', 'instanceUpdates']);
    expect(parts.cancelledTimers).toEqual(['old']);
    expect(parts.instanceUpdates).toEqual([expect.objectContaining({ application_id: A, version: 2 })]);
  });

  it('is empty for an empty batch', () => {
    expect(batchStatement(foldWrites([])).sql).toBe('');
  });
});
