import type { FlowDefinition, FlowNode, FlowNodeType } from '@tongban/flow-model';

/** The palette's order: how a flow reads from left to right. */
export const NODE_TYPES: FlowNodeType[] = [
  'start',
  'acceptance',
  'review',
  'parallel',
  'join',
  'condition',
  'notification',
  'certificate',
  'end',
];

/** The first `prefix-N` not used yet. */
export function freshId(used: ReadonlySet<string>, prefix: string): string {
  for (let n = 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!used.has(id)) return id;
  }
}

export function nodeIds(def: Pick<FlowDefinition, 'nodes'>): Set<string> {
  return new Set(def.nodes.map((node) => node.id));
}

/**
 * A node as the palette drops it. A review starts with no assignees on purpose: validation then asks
 * for them, rather than a guessed role going unnoticed.
 */
export function createNode(type: FlowNodeType, id: string, name: string): FlowNode {
  switch (type) {
    case 'acceptance':
      return { id, type, name, assignees: { roles: ['officer'], users: [] }, materials: [], timeLimit: { days: 1 } };
    case 'review':
      return { id, type, name, assignees: { roles: [], users: [] }, mode: 'any' };
    case 'join':
      return { id, type, name, policy: 'all' };
    case 'notification':
      return { id, type, name, to: 'applicant', template: '' };
    case 'end':
      return { id, type, name, outcome: 'approved' };
    default:
      return { id, type, name };
  }
}
