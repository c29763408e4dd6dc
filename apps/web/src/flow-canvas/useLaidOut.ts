import { useEffect, useState } from 'react';
import type { FlowDefinition } from '@tongban/flow-model';
import { needsLayout } from '../designer/editor/fileTransfer';
import { autoLayout } from '../designer/utils/autoLayout';

/**
 * The definition with a position for every node: as stored, or (hand-written flows) from elkjs, in
 * which case it is null until elkjs answers.
 */
export function useLaidOut(definition: FlowDefinition): FlowDefinition | null {
  const [placed, setPlaced] = useState<{ from: FlowDefinition; flow: FlowDefinition } | null>(null);
  const missing = needsLayout(definition);
  useEffect(() => {
    if (!missing) return;
    let alive = true;
    void autoLayout(definition).then(
      (layout) => alive && setPlaced({ from: definition, flow: { ...definition, layout } }),
    );
    return () => {
      alive = false;
    };
  }, [definition, missing]);
  if (!missing) return definition;
  return placed?.from === definition ? placed.flow : null;
}
