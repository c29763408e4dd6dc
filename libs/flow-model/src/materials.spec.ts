import { flowDefinitionSchema } from './flow-definition.schema';
import { acceptanceMaterials, missingRequired, requiredMaterialCodes, unlistedMaterialCodes } from './materials';
import { edge, flow, node } from './__tests__/fixtures';

const licence = { code: 'licence', name: '营业执照', required: true };
const plan = { code: 'plan', name: '平面图', required: true };
const photo = { code: 'photo', name: '现场照片', required: false };

describe('acceptance materials', () => {
  it("are the acceptance node's list, as code, name and whether required", () => {
    const definition = flowDefinitionSchema.parse(
      flow(
        [node.start(), node.acceptance('acc', { materials: [licence, photo] }), node.end()],
        [edge('e1', 's', 'acc'), edge('e2', 'acc', 'ok', { on: 'accept' })],
      ),
    );
    expect(acceptanceMaterials(definition)).toEqual([licence, photo]);
  });

  it('a flow without an acceptance node checks no material', () => {
    const definition = flowDefinitionSchema.parse(flow([node.start(), node.end()], [edge('e1', 's', 'ok')]));
    expect(acceptanceMaterials(definition)).toEqual([]);
  });

  it('the required codes are those marked required, in the listed order', () => {
    expect(requiredMaterialCodes([photo, plan, licence])).toEqual(['plan', 'licence']);
  });

  it('what is missing is every required material not handed in; optional ones never are', () => {
    expect(missingRequired([licence, plan, photo], ['plan'])).toEqual([licence]);
    expect(missingRequired([licence, plan, photo], new Set(['plan', 'licence']))).toEqual([]);
    expect(missingRequired([photo], [])).toEqual([]);
  });

  it('a named code the list does not hold is unlisted, in the order named', () => {
    expect(unlistedMaterialCodes([licence, plan], [{ code: 'x' }, licence, { code: 'y' }])).toEqual(['x', 'y']);
    expect(unlistedMaterialCodes([], [licence])).toEqual(['licence']);
    expect(unlistedMaterialCodes([licence], [])).toEqual([]);
  });
});
