import { type CenterNode, centerLineage, centerSubtree } from './center-tree';
import { mayUseDefinition } from './definition-access';

/** Which center's item a catalog code names, or why none. */
export type CatalogResolution =
  { centerId: string } | { refusal: 'not-found' } | { refusal: 'ambiguous'; centers: string[] };

export interface CatalogResolutionFacts {
  /** The centers that hold an item with the code (retired ones included: they stay readable). */
  holders: readonly string[];
  /** A center named by the caller (`?center=`, or `centerId` of a submit). */
  requested?: string | null;
  /** The signed-in caller's center. */
  caller?: string | null;
  /** The center public pages speak for when none is named (the oldest top-level center). */
  fallback?: string | null;
}

/**
 * A catalog code is unique within a center, not across them. It names: the requested center's item (and no
 * other); else the caller's center's; else the default center's; else the only item with that code anywhere.
 * Two or more other centers holding the code, with none of these, is ambiguous: the caller must name a center.
 */
export function resolveCatalogCenter({
  holders,
  requested,
  caller,
  fallback,
}: CatalogResolutionFacts): CatalogResolution {
  if (requested) return holders.includes(requested) ? { centerId: requested } : { refusal: 'not-found' };
  for (const preferred of [caller, fallback])
    if (preferred && holders.includes(preferred)) return { centerId: preferred };
  if (holders.length === 1) return { centerId: holders[0] };
  if (!holders.length) return { refusal: 'not-found' };
  return { refusal: 'ambiguous', centers: [...holders].sort() };
}

interface CatalogItemAccessFacts {
  tree: readonly CenterNode[];
  caller: string;
  owner: string;
}

/** Whether an administrator of `caller` may edit or retire an item of `owner`: its own center's and its children's. */
export function mayEditCatalogItem({ tree, caller, owner }: CatalogItemAccessFacts): boolean {
  return centerSubtree(tree, caller).includes(owner);
}

/**
 * How an administrator's change to another center's item is answered: `edit` (own or a child's), `parent` (a
 * center above it: it sees the item, may not change it, 403), `none` (a sibling's or another tree's: 404).
 */
export function catalogItemAccess(facts: CatalogItemAccessFacts): 'edit' | 'parent' | 'none' {
  if (mayEditCatalogItem(facts)) return 'edit';
  return centerLineage(facts.tree, facts.caller).includes(facts.owner) ? 'parent' : 'none';
}

/** Why an application for the item may not start, or null. */
export type IntakeRefusal = 'item-retired' | 'other-center' | 'flow-not-published' | 'flow-not-usable' | null;

export interface IntakeFacts {
  tree: readonly CenterNode[];
  item: { centerId: string; retired: boolean };
  /**
   * The flow the item is bound to, as it stands now: its owning center (null: shipped) and whether it has a
   * published version (the one an application would run on).
   */
  flow: { owner: string | null; published: boolean };
  /** The submit is an officer's intake for someone else (window, mail or fax), not an applicant's own. */
  byOfficer: boolean;
  /** The signed-in submitter's center. */
  submitterCenter: string;
}

/**
 * A retired item takes no new application (its running ones go on). A window officer takes in applications only
 * for items of its own center; an applicant may apply online at any center. And the item's flow must still be one
 * its center may use (`mayUseDefinition`, the rule of binding): binding checked it once, but a binding made before
 * flows belonged to centers, or a tree or flow changed since, must not start an application on a flow the item's
 * center may not run.
 */
export function intakeRefusal({ tree, item, flow, byOfficer, submitterCenter }: IntakeFacts): IntakeRefusal {
  if (item.retired) return 'item-retired';
  if (byOfficer && item.centerId !== submitterCenter) return 'other-center';
  if (!flow.published) return 'flow-not-published';
  const usable = mayUseDefinition({ tree, caller: item.centerId, owner: flow.owner, status: 'published' });
  return usable ? null : 'flow-not-usable';
}
