/** A center of the 三级联网 tree (province → city → county), as the tenancy rules need it. */
export interface CenterNode {
  id: string;
  parentId: string | null;
}

/** Depth bound: the tree has three levels; anything deeper (or a cycle put in by hand) stops here. */
const MAX_DEPTH = 10;

/** The center and every center above it, nearest first. Empty when the center is not in the tree. */
export function centerLineage(tree: readonly CenterNode[], centerId: string): string[] {
  const byId = new Map(tree.map((center) => [center.id, center]));
  const lineage: string[] = [];
  let current = byId.get(centerId);
  while (current && lineage.length <= MAX_DEPTH && !lineage.includes(current.id)) {
    lineage.push(current.id);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return lineage;
}

/** The center and every center below it, the center first. Empty when the center is not in the tree. */
export function centerSubtree(tree: readonly CenterNode[], centerId: string): string[] {
  if (!tree.some((center) => center.id === centerId)) return [];
  const subtree = [centerId];
  for (let depth = 0, level = [centerId]; depth < MAX_DEPTH && level.length; depth++) {
    level = tree
      .filter((c) => c.parentId !== null && level.includes(c.parentId) && !subtree.includes(c.id))
      .map((c) => c.id);
    subtree.push(...level);
  }
  return subtree;
}

/** Whether `centerId` is a top-level center (no parent): a deployment's root, which keeps the shipped flows. */
export function isTopLevelCenter(tree: readonly CenterNode[], centerId: string): boolean {
  return tree.some((center) => center.id === centerId && center.parentId === null);
}
