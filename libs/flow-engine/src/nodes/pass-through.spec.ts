import { Item, input, ofType, review, sh, testFlow, workflow } from '../__tests__/harness';

const T0 = sh('2026-11-02 09:00');
const T1 = sh('2026-11-02 10:00');
const T2 = sh('2026-11-03 10:00');
const permit = workflow('construction-permit');
const materials = ['P01', 'P02', 'P03', 'P04'];

function throughJoin(area: unknown) {
  const it = new Item(permit, T0, input({ materials, data: { area } }));
  it.send({ type: 'accept', actor: 'window1' }, T1);
  for (const n of ['plan', 'fire', 'env']) it.decide(n, 'approve', T2, '同意');
  return it;
}

describe('condition (FEEL over data)', () => {
  test('the first true `when` wins: a large project goes to the committee', () => {
    const it = throughJoin(8000);
    expect(it.view(T2)).toMatchObject({ status: 'in-review', activeNodes: ['committee'] });
    expect(ofType(it.effects, 'task.open')).toEqual([
      expect.objectContaining({ nodeId: 'committee', candidateRoles: ['committee'] }),
    ]);
  });

  test('otherwise the default edge: straight to the certificate', () => {
    expect(throughJoin(3000).view(T2).status).toBe('approved');
  });

  test('missing or non-numeric data counts as false (no eval, no exception)', () => {
    expect(throughJoin(undefined).view(T2).status).toBe('approved');
    expect(throughJoin('constructor').view(T2).status).toBe('approved');
  });

  test('a committee return goes back to acceptance, out of the finished block', () => {
    const it = throughJoin(8000);
    it.decide('committee', 'return', T2, '修改方案');
    expect(it.view(T2)).toMatchObject({ status: 'submitted', activeNodes: ['accept'] });
    it.send({ type: 'accept', actor: 'window1' }, T2);
    expect(it.view(T2).activeNodes).toEqual(['plan', 'fire', 'env']);
  });
});

describe('certificate and notification', () => {
  test('certificate.issue, then the notification to the applicant, then the end, in one step', () => {
    const it = throughJoin(100);
    const tail = it.effects.filter((e) => e.type === 'certificate.issue' || e.type === 'notify');
    expect(tail).toEqual([
      { type: 'certificate.issue', applicationId: 'app-1', applicant: 'alice', nodeId: 'issue' },
      expect.objectContaining({
        type: 'notify',
        to: 'applicant',
        payload: expect.objectContaining({ nodeId: 'notify' }),
      }),
    ]);
    expect(
      it
        .view(T2)
        .history.map((h) => h.action)
        .slice(-3),
    ).toEqual(['certificate', 'notify', 'complete']);
  });

  test('a notification shared by the acceptance refusal and a branch reject is left outside the block', () => {
    const nodes = [
      { id: 'fork', type: 'parallel' },
      review('a'),
      review('b'),
      { id: 'join', type: 'join' },
      { id: 'tell', type: 'notification', to: 'applicant', template: 'refused' },
    ];
    const edges: [string, string, string?][] = [
      ['accept', 'fork', 'accept'],
      ['accept', 'tell', 'reject'],
      ['fork', 'a'],
      ['fork', 'b'],
      ['a', 'join', 'approve'],
      ['b', 'join', 'approve'],
      ['a', 'tell', 'reject'],
      ['tell', 'no'],
      ['join', 'ok'],
    ];
    const it = new Item(testFlow(nodes, edges), T0, input({ materials: ['A1'] }));
    it.send({ type: 'accept', actor: 'window1' }, T1);
    const effects = it.decide('a', 'reject', T2, '不同意');
    expect(it.view(T2).status).toBe('rejected');
    expect(ofType(effects, 'notify')).toEqual([expect.objectContaining({ to: 'applicant', template: 'refused' })]);
    expect(ofType(effects, 'task.close').map((t) => [t.nodeId, t.reason])).toEqual([
      ['a', 'completed'],
      ['b', 'cancelled'],
    ]);
  });
});
