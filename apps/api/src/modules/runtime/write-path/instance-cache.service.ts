import { Injectable } from '@nestjs/common';
import { candidateUsersOf, type TaskCandidates } from '@tongban/flow-engine';
import type { CommandWrite } from '@tongban/flow-engine';
import type { ApplicationFacts, KnownInstance } from '../instance-rows';

/**
 * What a decision on an open task needs to know about it, none of which changes while it is open (a task gone to
 * other people, `task.address`, is dropped).
 */
export interface OpenTaskFacts extends TaskCandidates {
  id: string;
  applicationId: string;
  centerId: string;
  nodeId: string;
}

const MAX_INSTANCES = 5_000;
const MAX_TASKS = 20_000;

/**
 * The instances, open tasks and submitted applications this process wrote last, so that a decision on a task it
 * opened, or a command on an item it took in, can start without reading anything: it is authorised from facts that
 * never change (who may take the task; whose item it is, and where) and stepped from the cached instance. Only a
 * hint: another process (or a transaction that had not committed yet) may have moved the instance since, and then
 * the event log's (instance, version) key refuses the optimistic write and the command runs again under locks on
 * what the database holds — so a stale entry costs a retry, never a wrong answer. A task closed elsewhere is
 * refused the same way, by the engine, once the instance is read again.
 */
@Injectable()
export class InstanceCache {
  private readonly instances = new Map<string, KnownInstance>();
  private readonly tasks = new Map<string, OpenTaskFacts>();
  /** Each instance's open tasks here, so that forgetting an instance forgets them too. */
  private readonly tasksOf = new Map<string, Set<string>>();
  private readonly applications = new Map<string, ApplicationFacts>();

  /** An instance as last committed here. */
  instance(id: string): KnownInstance | undefined {
    return this.instances.get(id);
  }

  /** An application this process submitted, while its instance is followed here (its status as last written). */
  application(id: string): ApplicationFacts | undefined {
    return this.instances.has(id) ? this.applications.get(id) : undefined;
  }

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
      const { applicationId, snapshot, version, centerId, flowKey, flowVersion } = write;
      const instance = { snapshot: snapshot as KnownInstance['snapshot'], version, centerId, flowKey, flowVersion };
      const evicted = remember(this.instances, applicationId, instance, MAX_INSTANCES);
      if (evicted !== undefined) this.forgetTasksOf(evicted);
      this.rememberApplication(write);
      this.rememberTasks(write);
    }
  }

  private rememberApplication(write: CommandWrite): void {
    const facts = this.applications.get(write.applicationId);
    if (facts) facts.status = write.projection.status;
    if (facts || !write.created) return;
    const { receiptNo, itemCode, applicant, channel, materials, data } = write.created;
    const submitted = {
      id: write.applicationId,
      centerId: write.centerId,
      receiptNo,
      itemCode,
      flowKey: write.flowKey,
      flowVersion: write.flowVersion,
      applicant,
      channel,
      materials: materials as ApplicationFacts['materials'],
      data: data as ApplicationFacts['data'],
      createdAt: new Date(write.at),
      status: write.projection.status,
    };
    remember(this.applications, write.applicationId, submitted, MAX_INSTANCES);
  }

  private rememberTasks(write: CommandWrite): void {
    for (const effect of write.effects) {
      // A task gone to other people is read from the database again.
      if (effect.type === 'task.close' || effect.type === 'task.address') this.tasks.delete(effect.taskId);
      if (effect.type !== 'task.open') continue;
      const { taskId: id, nodeId, department, candidateRoles } = effect;
      const candidateUsers = candidateUsersOf(effect);
      const task = {
        id,
        applicationId: write.applicationId,
        centerId: write.centerId,
        nodeId,
        department,
        candidateRoles,
        candidateUsers,
      };
      remember(this.tasks, id, task, MAX_TASKS);
      const ofInstance = this.tasksOf.get(write.applicationId) ?? new Set();
      this.tasksOf.set(write.applicationId, ofInstance.add(id));
    }
  }

  /** Instances written by a transaction whose outcome this cache does not follow (locked runs, timer steps). */
  forget(applicationIds: Iterable<string>): void {
    for (const id of applicationIds) {
      this.instances.delete(id);
      this.forgetTasksOf(id);
    }
  }

  /** A task is trusted only while its instance is followed here: a write this cache did not see may move it. */
  private forgetTasksOf(applicationId: string): void {
    for (const taskId of this.tasksOf.get(applicationId) ?? []) this.tasks.delete(taskId);
    this.tasksOf.delete(applicationId);
  }
}

/** Insertion order is age: the oldest entry goes when the map is full; returns its key. */
function remember<V>(map: Map<string, V>, key: string, value: V, max: number): string | undefined {
  map.delete(key);
  map.set(key, value);
  if (map.size <= max) return undefined;
  const oldest = map.keys().next().value!;
  map.delete(oldest);
  return oldest;
}
