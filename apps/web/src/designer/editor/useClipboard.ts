import { useCallback, useRef } from 'react';
import type { Dispatch } from 'react';
import type { FlowDefinition } from '@tongban/flow-model';
import type { DesignerAction } from '../state/designerReducer';
import type { Selection } from '../types';
import { copyFragment, type FlowFragment } from '../utils/clipboard';

const STEP = 40;

/** Copy, cut, paste and duplicate of selected nodes (with the edges between them). */
export function useClipboard(flow: FlowDefinition, selection: Selection, dispatch: Dispatch<DesignerAction>) {
  const clipboard = useRef<{ fragment: FlowFragment; pastes: number } | null>(null);

  const copy = useCallback(() => {
    const fragment = copyFragment(flow, selection.nodeIds);
    if (fragment) clipboard.current = { fragment, pastes: 0 };
    return fragment;
  }, [flow, selection]);

  const paste = useCallback(() => {
    const held = clipboard.current;
    if (!held) return;
    held.pastes += 1;
    dispatch({ type: 'paste', fragment: held.fragment, offset: { x: STEP * held.pastes, y: STEP * held.pastes } });
  }, [dispatch]);

  const cut = useCallback(() => {
    if (copy()) dispatch({ type: 'delete', nodeIds: selection.nodeIds, edgeIds: selection.edgeIds });
  }, [copy, dispatch, selection]);

  const duplicate = useCallback(() => {
    const fragment = copyFragment(flow, selection.nodeIds);
    if (fragment) dispatch({ type: 'paste', fragment, offset: { x: STEP, y: STEP } });
  }, [flow, selection, dispatch]);

  return { copy, cut, paste, duplicate };
}
