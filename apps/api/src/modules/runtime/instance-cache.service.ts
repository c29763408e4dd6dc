import { Injectable } from '@nestjs/common';
import { candidateUsersOf, type TaskCandidates } from '@tongban/flow-engine';
import type { CommandWrite } from './group-commit/write-set';
import type { ApplicationRow, KnownInstance } from './instance-rows';

/** An application's columns that never change after submit. */
type ApplicationFacts = Omit<ApplicationRow, 'snapshot' | 'version' | 'status'>;

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
  private readonly applications = new Map<string, ApplicationFacts & { status: string }>();

  /** An application this process submitted, with its instance as last committed here. */
  application(id: string): ApplicationRow | undefined {
    const facts = this.applications.get(id);
    const instance = facts && this.instances.get(id);
    return instance ? { ...facts!, snapshot: instance.snapshot, version: instance.version } : undefined;
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
      remember(this.instances, applicationId, instance, MAX_INSTANCES);
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
      materials: materials as ApplicationRow['materials'],
      data: data as ApplicationRow['data'],
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
