import type { FlowDefinition, Material } from './flow-definition.schema';

/** A material as an item lists it: the acceptance node's own fields, nothing the designer adds beside them. */
type Listed = Pick<Material, 'code' | 'required'>;

/** The materials the flow's acceptance node (受理) checks; a flow without one (not publishable) checks none. */
export function acceptanceMaterials(definition: FlowDefinition): Material[] {
  const acceptance = definition.nodes.find((node) => node.type === 'acceptance');
  return (acceptance?.type === 'acceptance' ? acceptance.materials : []).map(({ code, name, required }) => ({
    code,
    name,
    required,
  }));
}

/** The codes the applicant must hand in (必交), in the listed order. */
export function requiredMaterialCodes(listed: readonly Listed[]): string[] {
  return listed.filter((material) => material.required).map((material) => material.code);
}

/** The required materials not among `handedIn` (what is still missing), as listed. */
export function missingRequired<M extends Listed>(listed: readonly M[], handedIn: Iterable<string>): M[] {
  const held = new Set(handedIn);
  return listed.filter((material) => material.required && !held.has(material.code));
}

/** The codes of `named` that the list does not hold (a material the item or flow does not ask for), in order. */
export function unlistedMaterialCodes(listed: readonly { code: string }[], named: readonly { code: string }[]): string[] {
  const known = new Set(listed.map((material) => material.code));
  return named.map((material) => material.code).filter((code) => !known.has(code));
}
