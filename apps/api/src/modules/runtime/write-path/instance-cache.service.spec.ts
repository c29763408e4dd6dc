import type { Effect } from '@tongban/flow-engine';
import type { CommandWrite } from '@tongban/flow-engine';
import { InstanceCache } from './instance-cache.service';

const write = (version: number, effects: Effect[] = [], extra: Partial<CommandWrite> = {}): CommandWrite =>
  ({
    applicationId: 'app-1',
    centerId: 'demo-city',
    flowKey: 'parallel-review',
    flowVersion: 1,
    at: '2026-09-21T02:00:00.000Z',
    snapshot: { status: 'active', value: {}, context: { version } },
    version,
    projection: { status: version === 1 ? 'submitted' : 'in-review' },
    effects,
    ...extra,
  }) as unknown as CommandWrite;

const open = (taskId: string, candidateUsers: string[] = [], participant?: string): Effect => ({
  type: 'task.open',
  taskId,
  nodeId: 'plan',
  department: 'planning',
  candidateRoles: [],
  candidateUsers,
  deadline: null,
  ...(participant ? { participant } : {}),
});
const submitted = {
  receiptNo: 'TB20260921AAAAAAAA',
  itemCode: 'parallel-review',
  applicant: 'alice',
  channel: 'online',
  data: {},
  materials: [{ code: 'M01' }],
};

describe('InstanceCache', () => {
  it('remembers an item it took in, with its latest instance, and never goes back to an older version', () => {
    const cache = new InstanceCache();
    cache.committed([write(1, [], { created: submitted })]);
    cache.committed([write(3), write(2)]);
    expect(cache.application('app-1')).toMatchObject({
      id: 'app-1',
      applicant: 'alice',
      status: 'in-review',
    });
    expect(cache.instance('app-1')?.version).toBe(3);
    expect(cache.application('app-2')).toBeUndefined();
  });

  it('does not remember an item it did not take in (no facts but the instance)', () => {
    const cache = new InstanceCache();
    cache.committed([write(4)]);
    expect(cache.application('app-1')).toBeUndefined();
  });

  it('remembers a task from its opening to its closing, a participant task as that participant’s', () => {
    const cache = new InstanceCache();
    cache.committed([write(2, [open('t1', ['planning1']), open('t2', [], 'fire1')])]);
    expect(cache.openTask('t1')).toMatchObject({ task: { candidateUsers: ['planning1'] }, instance: { version: 2 } });
    expect(cache.openTask('t2')?.task.candidateUsers).toEqual(['fire1']);
    cache.committed([write(3, [{ type: 'task.close', taskId: 't1', nodeId: 'plan', reason: 'completed' } as Effect])]);
    expect(cache.openTask('t1')).toBeUndefined();
    expect(cache.openTask('t2')?.instance.version).toBe(3);
  });

  it('answers nothing for an instance it was told to forget, and never again for its tasks', () => {
    const cache = new InstanceCache();
    cache.committed([write(2, [open('t1', ['planning1'])], { created: submitted })]);
    cache.forget(['app-1']);
    expect(cache.openTask('t1')).toBeUndefined();
    expect(cache.application('app-1')).toBeUndefined();
    expect(cache.instance('app-1')).toBeUndefined();
    // A write it did not see (a locked run) may have moved or readdressed t1: only tasks opened later count.
    cache.committed([write(5, [open('t2', ['fire1'])])]);
    expect(cache.instance('app-1')?.version).toBe(5);
    expect(cache.openTask('t1')).toBeUndefined();
    expect(cache.openTask('t2')?.instance.version).toBe(5);
  });

  it('keeps a bounded number of instances, dropping the oldest', () => {
    const cache = new InstanceCache();
    for (let i = 0; i < 5_001; i++) cache.committed([write(1, [open(`t${i}`, ['x'])], { applicationId: `app-${i}` })]);
    expect(cache.openTask('t0')).toBeUndefined();
    expect(cache.openTask('t1')).toBeDefined();
    expect(cache.openTask('t5000')).toBeDefined();
  });
});
