import { flowDefinitionSchema } from './index';
test('schema parses a minimal flow', () => {
  expect(
    flowDefinitionSchema.parse({ key: 'a', name: 'A', nodes: [{ id: 's', type: 'start' }], edges: [] }).nodes,
  ).toHaveLength(1);
});
