import type { FlowNodeType } from '@tongban/flow-model';
import type { DiffMark, NodeRunStatus } from '../types';

export const NODE_ICONS: Record<FlowNodeType, string> = {
  start: '▶',
  acceptance: '⇲',
  review: '☑',
  parallel: '⇉',
  join: '⇛',
  condition: '◇',
  notification: '✉',
  certificate: '▣',
  end: '■',
};

// Status and diff are never told by colour alone: each has an icon and a word.
export const STATUS_ICONS: Record<NodeRunStatus, string> = { active: '◉', done: '✓', tacit: '◑', pending: '○' };
export const DIFF_ICONS: Record<DiffMark, string> = { added: '+', removed: '−', changed: '✎' };
