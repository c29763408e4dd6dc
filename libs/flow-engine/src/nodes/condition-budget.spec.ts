import { Item, input, review, sh } from '../__tests__/harness';

/** accept → a condition looping over the form's list → a committee review, or straight to the end. */
const flow = {
  key: 'big-list',
  name: '条件预算',
  timeLimit: { statutoryDays: 20, promisedDays: 10 },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'accept', type: 'acceptance' },
    { id: 'check', type: 'condition' },
    review('committee'),
    { id: 'ok', type: 'end', outcome: 'approved' },
  ],
  edges: [
    { id: 'e1', source: 'start', target: 'accept' },
    { id: 'e2', source: 'accept', target: 'check', on: 'accept' },
    { id: 'e3', source: 'check', target: 'committee', when: 'some x in data.rooms satisfies x > 100' },
    { id: 'e4', source: 'check', target: 'ok', default: true },
    { id: 'e5', source: 'committee', target: 'ok' },
  ],
};
const rooms = (n: number, each: number) => Array.from({ length: n }, () => each);

const T0 = sh('2026-11-02 09:00');
const T1 = sh('2026-11-02 10:00');

describe('a condition within its budget', () => {
  test('over a form list of ordinary size the condition decides as usual', () => {
    const it = new Item(flow, T0, input({ data: { rooms: [...rooms(299, 20), 120] } }));
    it.send({ type: 'accept', actor: 'window1' }, T1);
    expect(it.view(T1).activeNodes).toEqual(['committee']);
  });

  test('over a huge list the step is refused with 409 before the interpreter runs, and nothing changes', () => {
    const it = new Item(flow, T0, input({ data: { rooms: rooms(200_000, 20) } }));
    const err = it.refused({ type: 'accept', actor: 'window1' }, T1);
    expect([err.code, err.status]).toEqual(['CONDITION_BUDGET_EXCEEDED', 409]);
    expect(err.message).toMatch(/超过上限 20000/);
    expect(it.view(T1).activeNodes).toEqual(['accept']);
  });

  test('an expression over budget whatever the data (published before the rule) is refused at run time', () => {
    const costly = {
      ...flow,
      edges: flow.edges.map((e) =>
        e.id === 'e3' ? { ...e, when: 'some a in 1..1000, b in 1..1000 satisfies a * b = data.n' } : e,
      ),
    };
    const it = new Item(costly, T0, input({ data: { n: 7 } }));
    expect(it.refused({ type: 'accept', actor: 'window1' }, T1).code).toBe('CONDITION_BUDGET_EXCEEDED');
  });
});
