import { compiled } from '../compile/compile';
import type { FlowIndex } from '../compile/flow-index';
import { ensure } from '../errors';
import type { EngineContext, InstanceState, StartInput, StepResult } from '../types';
import { materialCodes } from './event-shape';
import { centerPolicy } from '../policy/center-policy';
import { netEffects } from './net-effects';
import { runInitial } from './run-machine';
import { withCalendarRevision } from './snapshot';

function initialState(flow: FlowIndex, input: StartInput, now: string): InstanceState {
  const channel = input.channel ?? null;
  return {
    applicationId: input.applicationId,
    applicant: input.applicant,
    channel,
    data: input.data ?? {},
    materials: [...new Set(materialCodes(input.materials ?? []))],
    missing: [],
    notified: false,
    owner: input.intakeOfficer ?? null,
    limit: input.timeLimit ?? flow.def.timeLimit ?? null,
    policy: centerPolicy(input.policy),
    ...(input.requiredMaterials?.length ? { required: [...new Set(input.requiredMaterials)] } : {}),
    ...(input.walkIn ? { walkIn: input.walkIn } : {}),
    acceptedAt: null,
    item: null,
    statutory: null,
    ...(input.joint ? { joint: true } : {}),
    extension: null,
    pauses: [],
    clocks: {},
    tasks: [],
    joins: {},
    verdicts: {},
    tacit: [],
    outcome: null,
    finishedAt: null,
    history: [
      {
        at: now,
        actor: input.intakeOfficer ?? input.applicant,
        action: 'submit',
        nodeId: flow.startId,
        ...(channel ? { note: channel } : {}),
      },
    ],
  };
}

/**
 * Starts an item: the submission runs until the flow waits (normally at acceptance, whose step clock
 * starts now). Pure: time, ids and the calendar come from `ctx`.
 */
export function start(def: unknown, input: StartInput, ctx: EngineContext): StepResult {
  const { flow, machine } = compiled(def);
  ensure(
    typeof input?.applicationId === 'string' && input.applicationId !== '',
    'INVALID_ARGUMENT',
    '缺少办件编号（applicationId）',
  );
  ensure(typeof input.applicant === 'string' && input.applicant !== '', 'INVALID_ARGUMENT', '缺少申请人（applicant）');
  ensure(
    input.intakeOfficer === undefined || (typeof input.intakeOfficer === 'string' && input.intakeOfficer !== ''),
    'INVALID_ARGUMENT',
    '代为录入的窗口人员（intakeOfficer）应为用户名',
  );
  ensure(
    input.requiredMaterials === undefined ||
      (Array.isArray(input.requiredMaterials) && input.requiredMaterials.every((c) => typeof c === 'string')),
    'INVALID_ARGUMENT',
    '必需材料（requiredMaterials）应为材料编码',
  );
  ensure(
    input.materials === undefined || Array.isArray(input.materials),
    'INVALID_ARGUMENT',
    '材料（materials）应为列表',
  );
  ensure(
    input.data === undefined || (typeof input.data === 'object' && input.data !== null),
    'INVALID_ARGUMENT',
    '表单数据（data）应为对象',
  );
  const rt = {
    now: ctx.now,
    newId: ctx.newId,
    calendar: ctx.calendar,
    directory: ctx.directory,
    flow,
    active: [],
    out: [],
    moves: 0,
  };
  const { snapshot, effects } = runInitial(machine, initialState(flow, input, ctx.now), rt);
  return { snapshot: withCalendarRevision(snapshot, ctx.calendarRevision), effects: netEffects(effects) };
}
