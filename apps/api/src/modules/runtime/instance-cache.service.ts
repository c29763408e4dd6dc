import { Injectable } from '@nestjs/common';
import type { TaskCandidates } from './tasks/task-eligibility';
import { candidateUsersOf, type CommandWrite } from './group-commit/write-set';
import type { KnownInstance } from './command-executor.service';

/** What a decision on an open task needs to know about it, none of which changes while it is open. */
export interface OpenTaskFacts extends TaskCandidates {
  id: string;
  applicationId: string;
  centerId: string;
  nodeId: string;
}

const MAX_INSTANCES = 5_000;
const MAX_TASKS = 20_000;

/**
 * The instances and open tasks this process wrote last, so that a decision on a task it opened can start without
 * reading anything: the decision is authorised from the task's facts and stepped from the cached instance. Only a
 * hint: another process (or a transaction that had not committed yet) may have moved the instance since, and then
 * the event log's (instance, version) key refuses the optimistic write and the command runs again under locks on
 * what the database holds — so a stale entry costs a retry, never a wrong answer. A task closed elsewhere is
 * refused the same way, by the engine, once the instance is read again.
 */
@Injectable()
export class InstanceCache {
  private readonly instances = new Map<string, KnownInstance>();
  private readonly tasks = new Map<string, OpenTaskFacts>();

  /** An open task this process opened, with its instance as last committed here. */
  openTask(taskId: string): { task: OpenTaskFacts; instance: KnownInstance } | undefined {
    const task = this.tasks.get(taskId);
    const instance = task && this.instances.get(task.applicationId);
    return instance ? { task: task!, instance } : undefined;
  }

  /** Writes that have committed, in the order they were stepped. */
  committed(writes: CommandWrite[]): void {
    for (const write of writes) {
      const known = this.instances.get(write.applicationId);
      if (known && known.version >= write.version) continue;
      const { centerId, flowKey, flowVersion, version } = write;
      const snapshot = write.snapshot as KnownInstance['snapshot'];
      remember(
        this.instances,
        write.applicationId,
        { snapshot, version, centerId, flowKey, flowVersion },
        MAX_INSTANCES,
      );
      for (const effect of write.effects) {
        if (effect.type === 'task.close') this.tasks.delete(effect.taskId);
        if (effect.type !== 'task.open') continue;
        const { taskId: id, nodeId, department, candidateRoles } = effect;
        const candidateUsers = candidateUsersOf(effect);
        const task = {
          id,
          applicationId: write.applicationId,
          centerId,
          nodeId,
          department,
          candidateRoles,
          candidateUsers,
        };
        remember(this.tasks, id, task, MAX_TASKS);
      }
    }
  }

  /** Instances written by a transaction whose outcome this cache does not follow (locked runs, timer steps). */
  forget(applicationIds: Iterable<string>): void {
    for (const id of applicationIds) this.instances.delete(id);
  }
}

/** Insertion order is age: the oldest entry goes when the map is full. */
function remember<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value!);
}
