import type { FlowDefinition } from '@tongban/flow-model';
import { createWorkCalendar } from '@tongban/work-calendar';
import { calendar, input, sh, workflow } from '../__tests__/harness';
import { EngineError } from '../errors';
import { asksForCoverage, certificateOf, planCommand, type PlanFacts, requestHash } from './plan-command';

const definition = workflow('one-time-notice') as unknown as FlowDefinition;
const created = { receiptNo: 'TB1', itemCode: 'X1', applicant: 'alice', channel: 'window', data: {}, materials: [] };
let ids = 0;
const newId = () => `id-${++ids}`;

function facts(over: Partial<PlanFacts> = {}): PlanFacts {
  return {
    definition,
    instance: { applicationId: 'app-1', centerId: 'c1', flowKey: 'otn', flowVersion: 1, snapshot: null, version: 0 },
    calendar,
    calendarRevision: 0,
    at: sh('2026-09-28 09:00'),
    newId,
    ...over,
  };
}

function submitted(over: Partial<PlanFacts> = {}) {
  const plan = planCommand(
    { command: 'submit', actor: 'alice', payload: { input: 'form' } },
    { start: input({ materials: ['F01', 'F02', 'F03', 'F04'] }), created },
    facts(over),
  );
  const { snapshot, version } = plan.outcome;
  return facts({ ...over, instance: { ...facts().instance, snapshot, version } });
}

describe('planCommand', () => {
  test('a submit plans the new rows: version 1, no status before, the application row to insert', () => {
    const plan = planCommand(
      { command: 'submit', actor: 'alice', actorDepartment: null, payload: { input: 'form' } },
      { start: input({ materials: ['F01', 'F02', 'F03', 'F04'] }), created },
      facts(),
    );
    expect(plan.writes).toHaveLength(1);
    const [write] = plan.writes;
    expect(write).toMatchObject({ applicationId: 'app-1', version: 1, created, certificate: undefined });
    expect(write.event).toMatchObject({
      command: 'submit',
      fromStatus: null,
      toStatus: plan.outcome.status,
      version: 1,
    });
    expect(Object.keys(write.event.payload)).toEqual(['input', 'effects', 'calendarRevision']);
    expect(write.projection.status).toBe(plan.outcome.status);
    expect(write.effectScope.ledgerDueDate).toBe(calendar.addWorkingDays('2026-09-28', 5));
    expect(write.effectScope.nodeNames.get('review')).toBeDefined();
  });

  test('a step plans one event row from the status before to the status after, and stores its idempotent answer', () => {
    const at = sh('2026-09-29 10:00');
    const event = { type: 'accept', actor: 'officer1' } as const;
    const plan = planCommand(
      { command: 'accept', actor: 'officer1', idempotencyKey: 'k-1', payload: { via: 'api' } },
      { event },
      { ...submitted(), at },
    );
    const [write] = plan.writes;
    expect(write.version).toBe(2);
    expect(write.event).toMatchObject({ command: 'accept', actor: 'officer1', fromStatus: 'submitted', at });
    expect(write.event.payload).toMatchObject({ via: 'api', event, calendarRevision: 0 });
    expect(write.idempotency).toEqual({
      actor: 'officer1',
      key: 'k-1',
      requestHash: requestHash('app-1', 'accept', event),
      response: { applicationId: 'app-1', status: plan.outcome.status, version: 2, effects: plan.outcome.effects },
    });
    expect(plan.outcome.snapshot).toBe(write.snapshot);
  });

  test('a refused step throws and plans nothing', () => {
    const event = { type: 'decide', taskId: 'nope', decision: 'approve', actor: 'x' } as const;
    expect(() => planCommand({ command: 'complete', actor: 'x' }, { event }, submitted())).toThrow(EngineError);
  });

  test('a recalculation that moves nothing writes nothing and keeps the version', () => {
    const plan = planCommand(
      { command: 'recalculate', actor: 'system' },
      { event: { type: 'recalculate', revision: 1 } },
      { ...submitted(), calendarRevision: 1 },
    );
    expect(plan.writes).toEqual([]);
    expect(plan.outcome.version).toBe(1);
  });

  test('an item behind its center’s calendar revision catches up in its own event before the command', () => {
    // 2026-09-30 becomes a holiday in revision 3: the acceptance clock running since the 28th moves.
    const revised = createWorkCalendar({ overrides: [{ date: '2026-09-30', workday: false }] });
    const before = submitted();
    const plan = planCommand(
      { command: 'accept', actor: 'officer1' },
      { event: { type: 'accept', actor: 'officer1' } },
      { ...before, calendar: revised, calendarRevision: 3, at: sh('2026-09-29 10:00') },
    );
    expect(plan.writes.map((write) => [write.event.command, write.version, write.event.actor])).toEqual([
      ['recalculate', 2, 'system'],
      ['accept', 3, 'officer1'],
    ]);
    expect(plan.outcome.snapshot.context.calendarRevision).toBe(3);
  });

  test('coverage is asked for only when a ledger row names an officer and it was not given', () => {
    const lapse = { type: 'accountability', officer: 'wang' } as never;
    const plan = { writes: [{ effects: [lapse] }], outcome: {} } as never;
    expect(asksForCoverage(plan, {})).toBe(true);
    expect(asksForCoverage(plan, { coveredBy: {} })).toBe(false);
    const none = { writes: [{ effects: [{ type: 'accountability', officer: null }] }], outcome: {} } as never;
    expect(asksForCoverage(none, {})).toBe(false);
  });

  test('a certificate is numbered when the item is decided, by the year of the decision day in the calendar', () => {
    expect(certificateOf('in-review', 'approved', calendar, '2026-12-31T17:00:00.000Z')).toEqual({
      year: 2027,
      decision: 'approved',
    });
    expect(certificateOf('approved', 'approved', calendar, '2026-12-31T01:00:00.000Z')).toBeUndefined();
    expect(certificateOf('in-review', 'in-review', calendar, '2026-12-31T01:00:00.000Z')).toBeUndefined();
  });
});
