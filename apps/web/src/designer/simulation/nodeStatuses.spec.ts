import { createWorkCalendar } from '@tongban/work-calendar';
import { shippedFlow } from '../__tests__/fixtures';
import { nodeStatuses } from './nodeStatuses';
import { advancedTo, afterWorkingDays, morningOf, runSession, startSession, withCommand } from './simulationSession';

const calendar = createWorkCalendar();
const def = shippedFlow('parallel-review');
const setup = { startAt: morningOf(calendar, '2026-09-28'), data: {}, materials: ['M01', 'M02', 'M03'] };

describe('node statuses in a simulation', () => {
  it('marks the reviews active with their clocks, and the split already passed', () => {
    const { view, result } = runSession(def, withCommand(startSession(setup), { type: 'accept' }), calendar);
    const statuses = nodeStatuses(def, view, result.trace);
    expect(statuses.get('plan')).toEqual({
      status: 'active',
      clock: { deadline: '2026-10-08T15:59:59.999Z', warning: 'green', card: 'normal' },
    });
    expect(statuses.get('fork')?.status).toBe('done');
    expect(statuses.get('accept')?.status).toBe('done');
    expect(statuses.get('join')?.status).toBe('pending');
  });

  it('shows tacit approvals once their deadlines pass, and leaves the reject end unreached', () => {
    let session = withCommand(startSession(setup), { type: 'accept' });
    session = advancedTo(session, afterWorkingDays(calendar, session.now, 4));
    const { view, result } = runSession(def, session, calendar);
    const statuses = nodeStatuses(def, view, result.trace);
    expect(['plan', 'fire', 'env'].map((id) => statuses.get(id)?.status)).toEqual(['tacit', 'tacit', 'tacit']);
    expect(statuses.get('ok')?.status).toBe('done');
    expect(statuses.get('no')?.status).toBe('pending');
  });
});
