import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flowDefinitionSchema, type FlowDefinition } from '@tongban/flow-model';

/** A flow shipped in /workflows, with schema defaults filled in as the API returns it. */
export function shippedFlow(key: string): FlowDefinition {
  const file = join(__dirname, '../../../../../workflows', `${key}.json`);
  return flowDefinitionSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** start → acceptance → review → end: the smallest valid flow. */
export function smallFlow(): FlowDefinition {
  return flowDefinitionSchema.parse({
    key: 'small',
    name: '小流程',
    nodes: [
      { id: 'start', type: 'start' },
      { id: 'accept', type: 'acceptance', materials: [{ code: 'M1', name: '申请表', required: true }] },
      {
        id: 'review',
        type: 'review',
        assignees: { roles: ['reviewer'] },
        timeLimit: { days: 3 },
        onTimeout: 'tacit-approve',
      },
      { id: 'ok', type: 'end' },
    ],
    edges: [
      { id: 'e1', source: 'start', target: 'accept' },
      { id: 'e2', source: 'accept', target: 'review', on: 'accept' },
      { id: 'e3', source: 'review', target: 'ok', on: 'approve' },
    ],
    layout: { start: { x: 0, y: 0 }, accept: { x: 240, y: 0 }, review: { x: 480, y: 0 }, ok: { x: 720, y: 0 } },
  });
}
