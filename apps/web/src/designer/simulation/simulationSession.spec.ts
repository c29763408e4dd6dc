import { createWorkCalendar } from '@tongban/work-calendar';
import { shippedFlow, smallFlow } from '../__tests__/fixtures';
import { advancedTo, afterWorkingDays, morningOf, runSession, startSession, withCommand } from './simulationSession';

const calendar = createWorkCalendar();

describe('simulation session', () => {
  const setup = { startAt: morningOf(calendar, '2026-09-28'), data: {}, materials: ['M01', 'M02', 'M03'] };

  it('replays commands through the engine and reports open tasks', () => {
    const def = shippedFlow('parallel-review');
    let session = startSession(setup);
    expect(runSession(def, session, calendar).view.activeNodes).toEqual(['accept']);
    session = withCommand(session, { type: 'accept' });
    const { view } = runSession(def, session, calendar);
    expect(view.status).toBe('in-review');
    expect(view.openTasks.map((task) => task.nodeId).sort()).toEqual(['env', 'fire', 'plan']);
    expect(view.stepClocks.every((clock) => clock.warning === 'green')).toBe(true);
  });

  it('fires tacit approval once the clock passes a 3-working-day review limit', () => {
    const def = smallFlow();
    let session = withCommand(startSession({ ...setup, materials: ['M1'] }), { type: 'accept' });
    // Accepted on Monday 2026-09-28; three working days later (National Day skipped) is the last day.
    session = advancedTo(session, afterWorkingDays(calendar, session.now, 3));
    expect(runSession(def, session, calendar).view.stepClocks[0]).toMatchObject({ warning: 'yellow' });
    session = advancedTo(session, afterWorkingDays(calendar, session.now, 1));
    const { view, result } = runSession(def, session, calendar);
    expect(view.status).toBe('approved');
    expect(view.tacitApprovals).toEqual(['review']);
    expect(result.trace.at(-1)?.event.type).toBe('timer');
  });

  it('moves whole working days at the same time of day, skipping the holiday', () => {
    expect(afterWorkingDays(calendar, morningOf(calendar, '2026-09-30'), 1)).toBe(morningOf(calendar, '2026-10-08'));
  });

  it('never moves the clock back', () => {
    const session = startSession(setup);
    expect(advancedTo(session, '2020-01-01T00:00:00.000Z')).toBe(session);
  });
});
