import type { AcceptanceNode } from '@tongban/flow-model';
import type { InstanceState, Pause } from '../types';
import { isSupplementPause, knownMaterials, owedMaterials } from './intake-clocks';

const node = {
  id: 'accept',
  type: 'acceptance',
  materials: [
    { code: 'A1', name: '申请表', required: true },
    { code: 'B1', name: '委托书', required: false },
    { code: 'C1', name: '身份证明', required: true },
  ],
} as AcceptanceNode;

const state = (over: Partial<InstanceState>) => ({ materials: [], pauses: [], ...over }) as unknown as InstanceState;
const open = (kind: Pause['kind'], extra: Partial<Pause> = {}): Pause => ({
  from: '2026-11-02T01:00:00.000Z',
  to: null,
  reason: 'r',
  kind,
  ...extra,
});

describe('owedMaterials', () => {
  test('the node’s required materials, then the catalog’s, that the item does not hold', () => {
    expect(owedMaterials(state({ materials: ['A1'], required: ['K9', 'C1'] }), node)).toEqual(['C1', 'K9']);
    expect(owedMaterials(state({ materials: ['A1', 'C1', 'K9'], required: ['K9'] }), node)).toEqual([]);
  });

  test('a snapshot from before the catalog was carried owes the node’s alone', () => {
    expect(owedMaterials(state({ materials: ['C1'] }), node)).toEqual(['A1']);
  });
});

describe('knownMaterials', () => {
  test('the node’s and the catalog’s codes; null (any code) when neither lists any', () => {
    expect([...knownMaterials(state({ required: ['K9'] }), node)!].sort()).toEqual(['A1', 'B1', 'C1', 'K9']);
    expect(knownMaterials(state({}), { ...node, materials: [] })).toBeNull();
  });
});

describe('isSupplementPause', () => {
  test('an open command pause of kind supplement; not a closed one, another kind or a step hold', () => {
    expect(isSupplementPause(state({ pauses: [open('supplement')] }))).toBe(true);
    expect(isSupplementPause(state({ pauses: [open('supplement', { to: '2026-11-03T01:00:00.000Z' })] }))).toBe(false);
    expect(isSupplementPause(state({ pauses: [open('hearing')] }))).toBe(false);
    expect(isSupplementPause(state({ pauses: [open('supplement', { node: 'survey' })] }))).toBe(false);
  });
});
