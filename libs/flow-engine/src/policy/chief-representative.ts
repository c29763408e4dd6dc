/** Who wants to decide a task, as the shell knows them. */
export interface DecidingPerson {
  department: string | null;
  /** 首席代表 of `department`. */
  chiefRepresentative: boolean;
}

/** The task as its projection stores it. */
export interface DecidedTask {
  department: string | null;
}

/** The window's own tasks (综合窗口) belong to no stationed department. */
const WINDOW = 'center';

/**
 * 首席代表制: how a person may decide a task. `candidate`: as one of those the task names (its role in the
 * department, its user, or B for A) — `candidate` is that fact, worked out by the shell. `department`: in
 * the name of the task's department, which only that department's chief representative may do; it
 * decides the department's whole step (every member's vote of a 会签 at once). A chief representative who
 * is no candidate decides in the department's name; one who is may ask to (`inDepartmentName`). Anyone
 * else asking to decide in a department's name, or neither candidate nor chief: `null` (refused, 403).
 *
 * @example decisionStanding({ person: chief, task, candidate: false, inDepartmentName: false }) // 'department'
 */
export function decisionStanding(args: {
  person: DecidingPerson;
  task: DecidedTask;
  candidate: boolean;
  inDepartmentName: boolean;
}): 'candidate' | 'department' | null {
  const { person, task, candidate, inDepartmentName } = args;
  const chief =
    person.chiefRepresentative &&
    task.department !== null &&
    task.department !== WINDOW &&
    person.department === task.department;
  if (inDepartmentName) return chief ? 'department' : null;
  if (candidate) return 'candidate';
  return chief ? 'department' : null;
}
