import { canonicalJson } from './canonical-json';
import { flowDefinitionSchema, type FlowDefinition, type FlowDefinitionInput } from './flow-definition.schema';
import { sha256Hex } from './sha256';

/**
 * A stable SHA-256 (hex) of what a definition means: `layout` is left out and key order does not
 * matter. A definition the schema accepts is hashed with its defaults filled in, so spelling out a
 * default (`mode: "any"`) does not change the checksum; anything else is hashed as given.
 */
export function flowChecksum(def: FlowDefinition | FlowDefinitionInput): string {
  const parsed = flowDefinitionSchema.safeParse(def);
  const { layout: _layout, ...meaning } = (parsed.success ? parsed.data : def) as FlowDefinition;
  return sha256Hex(canonicalJson(meaning));
}
