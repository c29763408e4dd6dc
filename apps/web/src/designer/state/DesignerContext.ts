import { createContext, type Dispatch, useContext } from 'react';
import type { FlowDefinition } from '@tongban/flow-model';
import type { Selection } from '../types';
import type { ProblemIndex } from '../utils/problemIndex';
import type { DesignerAction } from './designerReducer';

export interface DesignerContextValue {
  flow: FlowDefinition;
  selection: Selection;
  problems: ProblemIndex;
  dispatch: Dispatch<DesignerAction>;
  /** Selects a node or edge, scrolls the canvas to it and opens its properties. */
  reveal: (target: { nodeId?: string; edgeId?: string }) => void;
}

export const DesignerContext = createContext<DesignerContextValue | null>(null);

export function useDesigner(): DesignerContextValue {
  const value = useContext(DesignerContext);
  if (!value) throw new Error('useDesigner outside the designer');
  return value;
}

/** What a properties form needs to edit: it changes with validation, not with every move on the canvas. */
export interface DesignerEditValue {
  dispatch: Dispatch<DesignerAction>;
  problems: ProblemIndex;
}

export const DesignerEditContext = createContext<DesignerEditValue | null>(null);

/** Dispatch and problems without re-rendering on every drag frame (the full context changes with the flow). */
export function useDesignerEdit(): DesignerEditValue {
  const value = useContext(DesignerEditContext);
  if (!value) throw new Error('useDesignerEdit outside the designer');
  return value;
}
