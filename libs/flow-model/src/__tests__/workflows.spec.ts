import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flowDefinitionSchema, validateFlow } from '../index';

const dir = join(__dirname, '../../../../workflows');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('shipped workflows', () => {
  it('ships the four flows the engine and the demo use', () => {
    expect(files.sort()).toEqual(
      expect.arrayContaining([
        'construction-permit.json',
        'instant.json',
        'one-time-notice.json',
        'parallel-review.json',
      ]),
    );
  });

  it.each(files)('%s validates with zero errors', (file) => {
    const def: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    expect(validateFlow(def).errors).toEqual([]);
  });

  it.each(files)('%s has a Chinese name, a time limit, named nodes and a position for every node', (file) => {
    const def = flowDefinitionSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    expect(`${def.key}.json`).toBe(file);
    expect(def.name).toMatch(/[\u4e00-\u9fff]/);
    expect(def.timeLimit).toBeDefined();
    for (const node of def.nodes) {
      expect(node.name).toMatch(/[\u4e00-\u9fff]/);
      expect(def.layout?.[node.id]).toEqual({ x: expect.any(Number), y: expect.any(Number) });
    }
  });
});
