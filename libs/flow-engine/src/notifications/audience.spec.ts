import { audienceOfAddress, audienceOfTask, membersOf, type StaffMember } from './audience';
import { kindOfNotify, needsDecisionNotice } from './kinds';

const STAFF: StaffMember[] = [
  { username: 'window1', roles: ['officer'], department: 'center' },
  { username: 'tax1', roles: ['officer'], department: 'tax' },
  { username: 'tax2', roles: ['reviewer'], department: 'tax' },
  { username: 'taxhead', roles: ['officer', 'head'], department: 'tax' },
  { username: 'fire1', roles: ['reviewer'], department: 'fire' },
];
const ROLES = ['officer', 'reviewer', 'head'];

describe('who receives a message', () => {
  it("reads the engine's addresses", () => {
    expect(audienceOfAddress('applicant', ROLES)).toEqual({ applicant: true });
    expect(audienceOfAddress('department:tax', ROLES)).toEqual({ department: 'tax' });
    expect(audienceOfAddress('department-head:tax', ROLES)).toEqual({ department: 'tax', heads: true });
    expect(audienceOfAddress('user:fire1', ROLES)).toEqual({ users: ['fire1'] });
    expect(audienceOfAddress('reviewer', ROLES)).toEqual({ roles: ['reviewer'] });
    expect(audienceOfAddress('fire1', ROLES)).toEqual({ users: ['fire1'] });
  });

  it('the applicant gets their notices; a department its staff; its heads an escalation, or all of it without a head', () => {
    expect(membersOf({ applicant: true }, STAFF, 'alice')).toEqual(['alice']);
    expect(membersOf({ department: 'tax' }, STAFF, 'alice')).toEqual(['tax1', 'tax2', 'taxhead']);
    expect(membersOf({ department: 'tax', heads: true }, STAFF, 'alice')).toEqual(['taxhead']);
    expect(membersOf({ department: 'fire', heads: true }, STAFF, 'alice')).toEqual(['fire1']);
  });

  it("a new task goes to its named candidates, else to its department's holders of its roles, each once", () => {
    expect(
      membersOf(
        audienceOfTask({ candidateUsers: ['tax2', 'tax2'], candidateRoles: ['officer'], department: 'tax' }),
        STAFF,
        null,
      ),
    ).toEqual(['tax2']);
    expect(
      membersOf(audienceOfTask({ candidateUsers: [], candidateRoles: ['officer'], department: 'tax' }), STAFF, null),
    ).toEqual(['tax1', 'taxhead']);
    expect(
      membersOf(audienceOfTask({ candidateUsers: [], candidateRoles: ['reviewer'], department: null }), STAFF, null),
    ).toEqual(['tax2', 'fire1']);
  });

  it("an engine template is its own kind; a node's free text is a flow notice", () => {
    expect(kindOfNotify('missing-materials')).toBe('missing-materials');
    expect(kindOfNotify('step-overdue-escalation')).toBe('step-overdue-escalation');
    expect(kindOfNotify('请到窗口领证')).toBe('flow-notice');
  });

  it('a decision is told unless the deciding command already told the applicant (a refusal with its reason)', () => {
    expect(needsDecisionNotice([{ type: 'task.close' }, { type: 'certificate.issue' }])).toBe(true);
    expect(needsDecisionNotice([{ type: 'notify', to: 'department:fire' }])).toBe(true);
    expect(needsDecisionNotice([{ type: 'notify', to: 'applicant' }])).toBe(false);
  });
});
