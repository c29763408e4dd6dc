import { type CenterNode, centerLineage, centerSubtree, isTopLevelCenter } from './center-tree';

/**
 * How a center may treat a flow definition:
 * - `edit`: see every version, save drafts, publish, restore (its own flows and its children's);
 * - `use`: see the published versions, bind a catalog item to them and start applications on them (a parent's
 *   flow), never change it;
 * - `none`: the flow is not there for this center (a sibling's, a child's child's sibling, …).
 */
export type DefinitionAccess = 'edit' | 'use' | 'none';

export interface DefinitionAccessFacts {
  tree: readonly CenterNode[];
  /** The acting center (the caller's). */
  caller: string;
  /** The center the flow belongs to; null for a shipped flow (workflows/*.json), which belongs to the deployment. */
  owner: string | null;
}

/**
 * A flow belongs to one center. Its own center and every center above it edit it; the centers below may use it.
 * A shipped flow belongs to the deployment: top-level centers edit it, every other center uses it.
 */
export function definitionAccess({ tree, caller, owner }: DefinitionAccessFacts): DefinitionAccess {
  if (owner === null) {
    if (isTopLevelCenter(tree, caller)) return 'edit';
    return centerLineage(tree, caller).length ? 'use' : 'none';
  }
  if (centerSubtree(tree, caller).includes(owner)) return 'edit';
  if (centerLineage(tree, caller).includes(owner)) return 'use';
  return 'none';
}

/** Whether the caller may save a draft of, publish or restore a version of this flow. */
export function mayEditDefinition(facts: DefinitionAccessFacts): boolean {
  return definitionAccess(facts) === 'edit';
}

/**
 * Whether the caller may bind a catalog item to this version or start an application on it: a flow it may edit
 * or use, and only a published version.
 */
export function mayUseDefinition(
  facts: DefinitionAccessFacts & { status: 'draft' | 'published' | 'retired' },
): boolean {
  return facts.status === 'published' && definitionAccess(facts) !== 'none';
}

/** Whether a version of a flow shows in the caller's lists: all of those it edits, the published ones it uses. */
export function mayViewDefinitionVersion(
  facts: DefinitionAccessFacts & { status: 'draft' | 'published' | 'retired' },
): boolean {
  const access = definitionAccess(facts);
  return access === 'edit' || (access === 'use' && facts.status === 'published');
}

/** The flows (any rows that say their owner) the caller may see, each with its access; `none` left out. */
export function visibleDefinitions<T extends { centerId: string | null }>(
  tree: readonly CenterNode[],
  caller: string,
  flows: readonly T[],
): (T & { access: Exclude<DefinitionAccess, 'none'> })[] {
  return flows.flatMap((flow) => {
    const access = definitionAccess({ tree, caller, owner: flow.centerId });
    return access === 'none' ? [] : [{ ...flow, access }];
  });
}
