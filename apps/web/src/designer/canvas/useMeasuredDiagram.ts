import type { NodeChange } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Diagram, DiagramEdge, DiagramNode } from '../types';
import { reuseUnchangedEdges, reuseUnchangedNodes } from '../utils/reuseUnchanged';

type Size = { width: number; height: number };

/**
 * Controlled React Flow needs each node's measured size back on the node; this keeps the sizes it
 * reports and hands out stable node and edge objects for everything that did not change.
 */
export function useMeasuredDiagram(diagram: Diagram) {
  const [sizes, setSizes] = useState<ReadonlyMap<string, Size>>(new Map());
  const previous = useRef<{ nodes: DiagramNode[]; edges: DiagramEdge[] }>({ nodes: [], edges: [] });

  const nodes = useMemo(() => {
    const measured = diagram.nodes.map((node) => {
      const size = sizes.get(node.id);
      return size ? { ...node, measured: size } : node;
    });
    return (previous.current.nodes = reuseUnchangedNodes(previous.current.nodes, measured));
  }, [diagram.nodes, sizes]);

  const edges = useMemo(
    () => (previous.current.edges = reuseUnchangedEdges(previous.current.edges, diagram.edges)),
    [diagram.edges],
  );

  const onSizeChanges = useCallback((changes: NodeChange<DiagramNode>[]) => {
    setSizes((current) => {
      let next: Map<string, Size> | null = null;
      for (const change of changes) {
        if (change.type !== 'dimensions' || !change.dimensions) continue;
        const old = current.get(change.id);
        if (old?.width === change.dimensions.width && old?.height === change.dimensions.height) continue;
        next ??= new Map(current);
        next.set(change.id, change.dimensions);
      }
      return next ?? current;
    });
  }, []);

  return { nodes, edges, sizes, onSizeChanges };
}
