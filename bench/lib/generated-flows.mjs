// Flows of any size for the step-cost measurement: every node of them is passed by the one `accept` measured.

const review = (id) => ({ id, type: 'review', department: 'planning', assignees: { roles: ['reviewer'], users: [] } });
const notice = (id) => ({ id, type: 'notification', to: 'applicant', template: `notice ${id}` });
const frame = (key, nodes, edges) => ({
  key,
  name: key,
  timeLimit: { statutoryDays: 20, promisedDays: 10 },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'accept', type: 'acceptance', materials: [{ code: 'M01', name: '申请表', required: true }] },
    ...nodes,
    { id: 'ok', type: 'end', outcome: 'approved' },
  ],
  edges: [{ id: 'e-start', source: 'start', target: 'accept' }, ...edges],
});

/** accept → n − 3 notifications in a row → a review → end: n nodes, and the accept passes all of them. */
export function chainFlow(n) {
  const count = Math.max(1, n - 5);
  const ids = Array.from({ length: count }, (_, i) => `n${i}`);
  const path = ['accept', ...ids, 'last'];
  const edges = path.slice(1).map((target, i) => ({
    id: `e${i}`,
    source: path[i],
    target,
    ...(i === 0 ? { on: 'accept' } : {}),
  }));
  return frame(
    `chain-${n}`,
    [...ids.map(notice), review('last')],
    [...edges, { id: 'e-end', source: 'last', target: 'ok' }],
  );
}

/** accept → parallel → b branches of (notification → review) → join → end: the accept opens b tasks. */
export function parallelFlow(b) {
  const nodes = [
    { id: 'fork', type: 'parallel' },
    { id: 'join', type: 'join' },
  ];
  const edges = [
    { id: 'e-fork', source: 'accept', target: 'fork', on: 'accept' },
    { id: 'e-join', source: 'join', target: 'ok' },
  ];
  for (let i = 0; i < b; i++) {
    nodes.push(notice(`n${i}`), review(`r${i}`));
    edges.push(
      { id: `f${i}`, source: 'fork', target: `n${i}` },
      { id: `g${i}`, source: `n${i}`, target: `r${i}` },
      { id: `j${i}`, source: `r${i}`, target: 'join' },
    );
  }
  return frame(`parallel-${b}`, nodes, edges);
}
