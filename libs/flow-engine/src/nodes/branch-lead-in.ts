import { edgeFor } from '../compile/flow-index';
import type { Block, ScopeId } from '../compile/placement';
import { countMove } from '../runtime/move-budget';
import { patched } from '../runtime/leave';
import type { Ctx, Patch } from '../runtime/runtime';
import type { Builder } from './node-kind';
import { passWorkOf, type PassWork as Work } from './pass-work';

/** The notifications and certificates a branch starts with, and the state key where it first stops. */
export interface LeadIn {
  works: Work[];
  /** `$done` when the branch reaches its join; null when the branch cannot start past its head. */
  stop: string | null;
}

/**
 * How far a branch moves as soon as its block is entered without a choice to make. The block's entry does
 * that work for all branches, level by level in branch order (the order XState took those eventless moves
 * in, all branches at once); each branch then starts where it stops. Entering B branches that each pass
 * a notification took XState B² × states (it weighs every pair of simultaneous eventless transitions
 * against all active states); this way it takes none.
 */
export function leadIn(b: Builder, block: Block, branch: number, region: ScopeId): LeadIn {
  const works: Work[] = [];
  const seen = new Set<string>();
  let id = block.heads[branch];
  for (;;) {
    if (id === block.joinId) return { works, stop: '$done' };
    const work = passWorkOf(b.flow.nodes.get(id));
    const inRegion = b.flow.scopeOf.get(id) === region;
    if (!inRegion) return { works: [], stop: null };
    if (!work || seen.has(id)) return { works, stop: b.flow.keys.get(id)! };
    seen.add(id);
    works.push(work);
    const next = edgeFor(b.flow, id, null)?.target;
    if (next === undefined) return { works: [], stop: null };
    id = next;
  }
}

/** Runs the lead-in work of every branch, level by level, each counted as a move of the step. */
export function runLeadIns(c: Ctx, leadIns: LeadIn[]): Patch {
  let s = c;
  const depth = Math.max(0, ...leadIns.map((l) => l.works.length));
  for (let level = 0; level < depth; level++) {
    for (const l of leadIns) {
      if (level >= l.works.length) continue;
      countMove(s);
      s = patched(s, l.works[level](s));
    }
  }
  return s === c ? {} : { history: s.history };
}
