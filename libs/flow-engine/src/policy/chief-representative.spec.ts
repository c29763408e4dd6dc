import { decisionStanding } from './chief-representative';

const chief = { department: 'planning', chiefRepresentative: true };
const colleague = { department: 'planning', chiefRepresentative: false };
const planningTask = { department: 'planning' };

describe('decisionStanding (首席代表)', () => {
  it('a candidate decides as a candidate', () => {
    expect(decisionStanding({ person: colleague, task: planningTask, candidate: true, inDepartmentName: false })).toBe(
      'candidate',
    );
    expect(decisionStanding({ person: chief, task: planningTask, candidate: true, inDepartmentName: false })).toBe(
      'candidate',
    );
  });

  it("the chief representative decides a task of its department it is not named on, in the department's name", () => {
    expect(decisionStanding({ person: chief, task: planningTask, candidate: false, inDepartmentName: false })).toBe(
      'department',
    );
  });

  it("a candidate chief may ask to decide in the department's name", () => {
    expect(decisionStanding({ person: chief, task: planningTask, candidate: true, inDepartmentName: true })).toBe(
      'department',
    );
  });

  it('others of the department may not decide in its name, candidates or not', () => {
    expect(
      decisionStanding({ person: colleague, task: planningTask, candidate: true, inDepartmentName: true }),
    ).toBeNull();
    expect(
      decisionStanding({ person: colleague, task: planningTask, candidate: false, inDepartmentName: false }),
    ).toBeNull();
  });

  it("a chief representative has no standing in another department, nor at the window's own steps", () => {
    expect(
      decisionStanding({ person: chief, task: { department: 'fire' }, candidate: false, inDepartmentName: false }),
    ).toBeNull();
    expect(
      decisionStanding({ person: chief, task: { department: 'fire' }, candidate: false, inDepartmentName: true }),
    ).toBeNull();
    expect(
      decisionStanding({ person: chief, task: { department: 'center' }, candidate: false, inDepartmentName: false }),
    ).toBeNull();
    expect(
      decisionStanding({ person: chief, task: { department: null }, candidate: false, inDepartmentName: true }),
    ).toBeNull();
  });
});
