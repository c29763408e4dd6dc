import { describeChange, describeValue } from '../describeChange';

describe('changes in words', () => {
  it('names fields in Chinese and values in the words the cards use', () => {
    expect(describeChange({ field: 'timeLimit', before: { days: 5 }, after: { days: 3 } })).toBe(
      '时限：5 个工作日 → 3 个工作日',
    );
    expect(describeChange({ field: 'onTimeout', before: 'remind', after: 'tacit-approve' })).toBe(
      '超时动作：仅提醒 → 超期默许（视为同意）',
    );
    expect(describeChange({ field: 'mode', before: undefined, after: 'all' })).toBe('审批方式：（空） → 会签');
  });

  it('summarises assignees, materials and the item limit', () => {
    expect(describeValue('assignees', { roles: ['reviewer'], users: ['fire1'] })).toBe('角色「审查人员」、fire1');
    expect(describeValue('materials', [{ code: 'M1', name: '申请表', required: true }])).toBe('申请表');
    expect(describeValue('timeLimit', { statutoryDays: 20, promisedDays: 10 })).toBe('法定 20 / 承诺 10 个工作日');
    expect(describeValue('lead', true)).toBe('是');
  });
});
