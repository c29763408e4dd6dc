import {
  audienceOfAddress,
  audienceOfTask,
  type CommandWrite,
  type Effect,
  type EffectScope,
  type EventRow,
  kindOfNotify,
  needsDecisionNotice,
  ledgerResponsibility,
  type NewApplication,
  candidateUsersOf,
} from '@tongban/flow-engine';
import { ROLES } from '../../identity/auth-user';

type Row = Record<string, unknown>;

/** One batch's writes as rows per table, so each table takes one statement whatever the batch size. */
export interface BatchRows {
  newApplications: Row[];
  newInstances: Row[];
  instanceUpdates: Row[];
  applicationUpdates: Row[];
  events: Row[];
  newTasks: Row[];
  taskUpdates: Row[];
  /** Tasks gone to other people (`task.address`): their department and candidates now. */
  taskAddresses: Row[];
  newTimers: Row[];
  cancelledTimers: string[];
  ledger: Row[];
  idempotency: Row[];
  certificates: Row[];
  /** Messages the commands cause (notification outbox), written in the same statement as their events. */
  outbox: Row[];
}

/**
 * Folds a batch's writes, in the order they were accepted, into rows: the last snapshot and projection of each
 * instance win, and a task or timer created and then closed or cancelled in the same batch is inserted as such.
 * Each table then takes one statement that touches each of its rows once (an UPDATE cannot change one row twice).
 */
export function foldWrites(writes: CommandWrite[]): BatchRows {
  const instances = new Map<string, { write: CommandWrite; created?: NewApplication }>();
  const newTasks = new Map<string, Row>();
  const taskUpdates = new Map<string, Row>();
  const taskAddresses = new Map<string, Row>();
  const newTimers = new Map<string, Row>();
  const cancelledTimers = new Set<string>();
  const ledger: Row[] = [];
  const events: Row[] = [];
  const idempotency: Row[] = [];
  const certificates: Row[] = [];
  const outbox: Row[] = [];

  for (const write of writes) {
    if (write.certificate) {
      certificates.push({
        ord: certificates.length,
        application_id: write.applicationId,
        center_id: write.centerId,
        year: write.certificate.year,
        decision: write.certificate.decision,
        decided_at: write.at,
      });
      if (needsDecisionNotice(write.effects)) {
        const params = { decision: write.certificate.decision };
        outbox.push(outboxRow(write.effectScope, 'decision', { applicant: true }, params));
      }
    }
    const known = instances.get(write.applicationId);
    instances.set(write.applicationId, { write, created: known ? known.created : write.created });
    events.push(eventRow(write.event));
    if (write.idempotency) {
      const { actor, key, requestHash, response } = write.idempotency;
      idempotency.push({ actor, key, request_hash: requestHash, response });
    }
    for (const effect of write.effects) {
      const rows = { newTasks, taskUpdates, taskAddresses, newTimers, cancelledTimers, ledger, outbox };
      foldEffect(effect, write.effectScope, rows);
    }
  }
  // A task closed again in the same batch (an instant step) is nobody's new work.
  for (const task of newTasks.values()) {
    if (task.status !== 'open') continue;
    const audience = audienceOfTask({
      candidateUsers: task.candidate_users as string[],
      candidateRoles: task.candidate_roles as string[],
      department: task.department as string | null,
    });
    const params = { taskId: task.id, nodeName: task.node_name, deadline: task.deadline };
    const scope = {
      centerId: task.center_id as string,
      applicationId: task.application_id as string,
      at: task.created_at as string,
    };
    outbox.push(outboxRow(scope, 'task-assigned', audience, params));
  }

  const rows: BatchRows = {
    newApplications: [],
    newInstances: [],
    instanceUpdates: [],
    applicationUpdates: [],
    events,
    newTasks: [...newTasks.values()],
    taskUpdates: [...taskUpdates.values()],
    taskAddresses: [...taskAddresses.values()],
    newTimers: [...newTimers.values()],
    cancelledTimers: [...cancelledTimers],
    ledger,
    idempotency,
    certificates,
    outbox,
  };
  for (const { write, created } of instances.values()) {
    const instance = {
      application_id: write.applicationId,
      snapshot: write.snapshot,
      version: write.version,
      at: write.at,
    };
    const projection = projectionRow(write);
    if (created) {
      rows.newInstances.push({
        ...instance,
        center_id: write.centerId,
        flow_key: write.flowKey,
        flow_version: write.flowVersion,
      });
      rows.newApplications.push({
        ...projection,
        id: write.applicationId,
        center_id: write.centerId,
        receipt_no: created.receiptNo,
        item_code: created.itemCode,
        flow_key: write.flowKey,
        flow_version: write.flowVersion,
        applicant: created.applicant,
        channel: created.channel,
        data: created.data,
        materials: created.materials,
        created_at: write.at,
      });
    } else {
      rows.instanceUpdates.push(instance);
      rows.applicationUpdates.push({ ...projection, id: write.applicationId });
    }
  }
  return rows;
}

interface EffectRows {
  newTasks: Map<string, Row>;
  taskUpdates: Map<string, Row>;
  taskAddresses: Map<string, Row>;
  newTimers: Map<string, Row>;
  cancelledTimers: Set<string>;
  ledger: Row[];
  outbox: Row[];
}

function foldEffect(effect: Effect, scope: EffectScope, rows: EffectRows): void {
  switch (effect.type) {
    case 'task.open':
      rows.newTasks.set(effect.taskId, {
        id: effect.taskId,
        center_id: scope.centerId,
        application_id: scope.applicationId,
        node_id: effect.nodeId,
        node_name: scope.nodeNames.get(effect.nodeId) ?? effect.nodeId,
        department: effect.department,
        candidate_roles: effect.candidateRoles,
        candidate_users: candidateUsersOf(effect),
        status: 'open',
        created_at: scope.at,
        deadline: effect.deadline,
        claimed_by: null,
      });
      return;
    case 'task.close': {
      const completed = effect.reason === 'completed';
      const close = {
        closed_at: scope.at,
        close_reason: effect.reason,
        decision: effect.decision ?? null,
        completed_by: completed ? (effect.actor ?? scope.actor) : null,
        on_behalf_of: completed ? scope.onBehalfOf : null,
      };
      const created = rows.newTasks.get(effect.taskId);
      if (created) {
        if (created.status === 'open') Object.assign(created, close, { status: 'closed' });
      } else {
        const update = taskUpdate(rows, effect.taskId);
        if (!update.close) Object.assign(update, close, { close: true });
      }
      return;
    }
    case 'task.update': {
      const created = rows.newTasks.get(effect.taskId);
      if (created) created.deadline = effect.deadline;
      else Object.assign(taskUpdate(rows, effect.taskId), { set_deadline: true, deadline: effect.deadline });
      return;
    }
    case 'task.claim': {
      const created = rows.newTasks.get(effect.taskId);
      if (created) created.claimed_by = effect.claimedBy;
      else Object.assign(taskUpdate(rows, effect.taskId), { set_claim: true, claimed_by: effect.claimedBy });
      return;
    }
    case 'task.address': {
      const address = {
        department: effect.department,
        candidate_roles: effect.candidateRoles,
        candidate_users: effect.candidateUsers,
      };
      const created = rows.newTasks.get(effect.taskId);
      if (created) {
        Object.assign(created, address);
        return;
      }
      rows.taskAddresses.set(effect.taskId, { id: effect.taskId, ...address });
      // Its new holders are told as of a new task (a task opened in this batch is told once, below).
      const params = {
        taskId: effect.taskId,
        nodeName: scope.nodeNames.get(effect.nodeId) ?? effect.nodeId,
        deadline: null,
      };
      rows.outbox.push(outboxRow(scope, 'task-assigned', audienceOfTask(effect), params));
      return;
    }
    case 'timer.schedule':
      rows.newTimers.set(effect.timerId, {
        id: effect.timerId,
        center_id: scope.centerId,
        application_id: scope.applicationId,
        node_id: effect.nodeId,
        purpose: effect.purpose,
        due_at: effect.dueAt,
        status: 'pending',
        created_at: scope.at,
      });
      return;
    case 'timer.cancel': {
      const created = rows.newTimers.get(effect.timerId);
      if (created) created.status = 'cancelled';
      else rows.cancelledTimers.add(effect.timerId);
      return;
    }
    case 'accountability': {
      const { department, officer, owner } = ledgerResponsibility(effect, scope.staff);
      rows.ledger.push({
        center_id: scope.centerId,
        application_id: scope.applicationId,
        kind: effect.kind,
        department,
        officer,
        node_id: effect.nodeId,
        note: effect.note,
        at: scope.at,
        owner,
        due_date: scope.ledgerDueDate,
      });
      return;
    }
    case 'notify': {
      const kind = kindOfNotify(effect.template);
      const params = kind === 'flow-notice' ? { ...effect.payload, message: effect.template } : effect.payload;
      rows.outbox.push(outboxRow(scope, kind, audienceOfAddress(effect.to, ROLES), params));
      return;
    }
    case 'certificate.issue':
      // Certificates are numbered for every decision (`CommandWrite.certificate`), with or without a certificate
      // node; the decision notice goes with it.
      return;
  }
}

/** An outbox row for the dispatcher: whom (an audience it resolves to people), what, about which item. */
function outboxRow(
  scope: Pick<EffectScope, 'centerId' | 'applicationId' | 'at'>,
  kind: string,
  audience: object,
  params: Record<string, unknown>,
): Row {
  return {
    center_id: scope.centerId,
    recipient_username: null,
    audience,
    kind,
    application_id: scope.applicationId,
    params,
    dedupe_key: null,
    created_at: scope.at,
  };
}

function taskUpdate(rows: EffectRows, id: string): Row {
  let update = rows.taskUpdates.get(id);
  if (!update) {
    update = { id, close: false, set_deadline: false, set_claim: false };
    rows.taskUpdates.set(id, update);
  }
  return update;
}

function projectionRow(write: CommandWrite): Row {
  const p = write.projection;
  return {
    status: p.status,
    first_inquiry_officer: p.firstInquiryOfficer,
    accepted_at: p.acceptedAt,
    deadline: p.deadline,
    clock_paused: p.clockPaused,
    completed_at: p.completedAt,
    updated_at: write.at,
    cards: p.cards,
  };
}

function eventRow(event: EventRow): Row {
  return {
    center_id: event.centerId,
    application_id: event.applicationId,
    instance_version: event.version,
    at: event.at,
    actor: event.actor,
    on_behalf_of: event.onBehalfOf,
    command: event.command,
    node_id: event.nodeId,
    from_status: event.fromStatus,
    to_status: event.toStatus,
    payload: event.payload,
  };
}
