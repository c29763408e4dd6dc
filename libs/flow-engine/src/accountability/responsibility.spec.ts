import { ledgerResponsibility } from './responsibility';

const nobodyAway = { coveredBy: {}, actorDepartment: null };

describe('ledgerResponsibility', () => {
  test('a lapse naming an officer is that officer’s, who owns the entry', () => {
    const lapse = { kind: 'tacit-approval' as const, department: 'planning', officer: 'planning1' };
    expect(ledgerResponsibility(lapse, nobodyAway)).toEqual({
      department: 'planning',
      officer: 'planning1',
      owner: 'planning1',
    });
  });

  test('a lapse of a role task nobody claimed names the department, which owns the entry', () => {
    const lapse = { kind: 'overdue-step' as const, department: 'fire', officer: null };
    expect(ledgerResponsibility(lapse, nobodyAway)).toEqual({ department: 'fire', officer: null, owner: 'fire' });
  });

  test('a lapse while B covered an absent A is B’s', () => {
    const lapse = { kind: 'overdue-item' as const, department: 'planning', officer: 'planning1' };
    const facts = { coveredBy: { planning1: 'planning1b' }, actorDepartment: null };
    expect(ledgerResponsibility(lapse, facts)).toMatchObject({ officer: 'planning1b', owner: 'planning1b' });
  });

  test('a complaint left unanswered while B covered its absent officer is B’s', () => {
    const lapse = { kind: 'complaint-overdue' as const, department: 'center', officer: 'window1' };
    const facts = { coveredBy: { window1: 'window2' }, actorDepartment: null };
    expect(ledgerResponsibility(lapse, facts)).toEqual({ department: 'center', officer: 'window2', owner: 'window2' });
  });

  test('what an officer did themselves stays theirs, covered or not', () => {
    const lapse = { kind: 'second-notice' as const, department: 'center', officer: 'window1' };
    const facts = { coveredBy: { window1: 'window2' }, actorDepartment: null };
    expect(ledgerResponsibility(lapse, facts).officer).toBe('window1');
  });

  test('an officer’s withdrawal is the officer’s own department’s', () => {
    const lapse = { kind: 'officer-withdrawal' as const, department: null, officer: 'planning1' };
    const facts = { coveredBy: {}, actorDepartment: 'planning' };
    expect(ledgerResponsibility(lapse, facts)).toEqual({
      department: 'planning',
      officer: 'planning1',
      owner: 'planning1',
    });
  });

  test('an entry with no department at all is the center’s', () => {
    const lapse = { kind: 'overdue-item' as const, department: null, officer: null };
    expect(ledgerResponsibility(lapse, nobodyAway)).toEqual({ department: 'center', officer: null, owner: 'center' });
  });
});
