import type { FlowNodeType } from '@tongban/flow-model';
import { NODE_TYPES } from '../utils/newNode';

/** The drag-and-drop payload type of a palette item. */
export const PALETTE_MIME = 'application/x-tongban-node';

export function droppedNodeType(data: DataTransfer): FlowNodeType | null {
  const type = data.getData(PALETTE_MIME);
  return (NODE_TYPES as string[]).includes(type) ? (type as FlowNodeType) : null;
}
