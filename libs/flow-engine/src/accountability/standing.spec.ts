import { finishedStanding } from './standing';

const deadline = '2026-11-09T15:59:59.999Z';
const inTime = '2026-11-06T02:00:00.000Z';
const late = '2026-11-10T02:00:00.000Z';
const span = { end: inTime, deadline, lapsed: false, cancelled: false, officerWithdrawal: false };

describe('finishedStanding', () => {
  test('closed by its deadline: on time', () => {
    expect(finishedStanding(span)).toBe('on-time');
  });

  test('closed after its deadline, or by lapsing: overdue', () => {
    expect(finishedStanding({ ...span, end: late })).toBe('overdue');
    expect(finishedStanding({ ...span, lapsed: true })).toBe('overdue');
  });

  test('no deadline: untimed', () => {
    expect(finishedStanding({ ...span, deadline: null })).toBe('untimed');
  });

  test('withdrawn by its applicant: not counted, even late', () => {
    expect(finishedStanding({ ...span, end: late, cancelled: true })).toBe('uncounted');
  });

  test('withdrawn by an officer in time: not counted', () => {
    expect(finishedStanding({ ...span, cancelled: true, officerWithdrawal: true })).toBe('uncounted');
  });

  test('withdrawn by an officer when already overdue: stays overdue', () => {
    expect(finishedStanding({ ...span, end: late, cancelled: true, officerWithdrawal: true })).toBe('overdue');
  });
});
