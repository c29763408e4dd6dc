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
    'applicationId is required',
  );
  ensure(typeof input.applicant === 'string' && input.applicant !== '', 'INVALID_ARGUMENT', 'applicant is required');
  ensure(
    input.intakeOfficer === undefined || (typeof input.intakeOfficer === 'string' && input.intakeOfficer !== ''),
    'INVALID_ARGUMENT',
    'intakeOfficer must be a username',
  );
  ensure(
    input.requiredMaterials === undefined ||
      (Array.isArray(input.requiredMaterials) && input.requiredMaterials.every((c) => typeof c === 'string')),
    'INVALID_ARGUMENT',
    'requiredMaterials must be material codes',
  );
  ensure(
    input.materials === undefined || Array.isArray(input.materials),
    'INVALID_ARGUMENT',
    'materials must be a list',
  );
  ensure(
    input.data === undefined || (typeof input.data === 'object' && input.data !== null),
    'INVALID_ARGUMENT',
    'data must be an object',
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
