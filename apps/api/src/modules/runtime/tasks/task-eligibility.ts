import { mayTake, type Person, type TaskCandidates } from '@tongban/flow-engine';
import type { AuthUser } from '../../identity';

export { mayTake };
export type { Person, TaskCandidates };

export function personOf(user: AuthUser): Person {
  return { username: user.username, roles: user.roles, department: user.department };
}
