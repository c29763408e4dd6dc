import { flowDefinitionSchema } from './flow-definition.schema';
import { countersignMembers, directoryFacts, needsDirectory, roleMembers, type FlowDirectory } from './directory';
import { linearFlow, patchNode } from './__tests__/fixtures';

const directory: FlowDirectory = {
  departments: ['planning', 'fire'],
  roles: ['reviewer', 'committee'],
  users: [
    { username: 'p1', roles: ['reviewer', 'committee'], department: 'planning' },
    { username: 'p2', roles: ['reviewer'], department: 'planning' },
    { username: 'f1', roles: ['reviewer'], department: 'fire' },
  ],
};

describe('roleMembers', () => {
  it("lists the role holders of the step's department, or of the whole center without one", () => {
    expect(roleMembers(directory, 'reviewer', 'planning')).toEqual(['p1', 'p2']);
    expect(roleMembers(directory, 'reviewer', null)).toEqual(['p1', 'p2', 'f1']);
    expect(roleMembers(directory, 'committee', 'fire')).toEqual([]);
  });
});

describe('countersignMembers', () => {
  it("lists users first, then each role's members, each person once", () => {
    expect(countersignMembers(directory, { users: ['p2'], roles: ['reviewer', 'committee'] }, 'planning')).toEqual([
      { kind: 'user', name: 'p2' },
      { kind: 'user', name: 'p1' },
    ]);
  });

  it('keeps a role with no member as the role itself', () => {
    expect(countersignMembers(directory, { users: [], roles: ['committee'] }, 'fire')).toEqual([
      { kind: 'role', name: 'committee' },
    ]);
  });
});

describe('needsDirectory', () => {
  it('is true only for a 会签 over a role', () => {
    const parse = (def: unknown) => flowDefinitionSchema.parse(def);
    expect(needsDirectory(parse(linearFlow()))).toBe(false);
    expect(needsDirectory(parse(patchNode(linearFlow(), 'rev', { mode: 'all' })))).toBe(true);
    const users = patchNode(linearFlow(), 'rev', { mode: 'all', assignees: { roles: [], users: ['a', 'b'] } });
    expect(needsDirectory(parse(users))).toBe(false);
  });
});

describe('directoryFacts', () => {
  it("keeps only who could be a member of one of the flow's 会签, and gives the same members", () => {
    const def = flowDefinitionSchema.parse(
      patchNode(linearFlow(), 'rev', {
        mode: 'all',
        department: 'planning',
        assignees: { roles: ['reviewer'], users: [] },
      }),
    );
    const facts = directoryFacts(def, directory);
    expect(facts).toEqual({
      departments: ['planning'],
      roles: ['reviewer'],
      users: directory.users.filter((u) => u.department === 'planning'),
    });
    const rev = def.nodes.find((n) => n.id === 'rev')!;
    if (rev.type !== 'review') throw new Error('review expected');
    expect(countersignMembers(facts, rev.assignees, 'planning')).toEqual(
      countersignMembers(directory, rev.assignees, 'planning'),
    );
  });
});
