import type { NodeChange } from '@xyflow/react';
import { useCallback, useState } from 'react';
import type { Diagram, DiagramEdge, DiagramNode } from '../types';
import { reuseUnchangedEdges, reuseUnchangedNodes } from '../utils/reuseUnchanged';

type Size = { width: number; height: number };

interface Stable {
  /** The inputs the stable objects were made from. */
  diagram: Diagram;
  sizes: ReadonlyMap<string, Size>;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

function withSizes(nodes: DiagramNode[], sizes: ReadonlyMap<string, Size>): DiagramNode[] {
  return nodes.map((node) => {
    const size = sizes.get(node.id);
    return size ? { ...node, measured: size } : node;
  });
}

/**
 * Controlled React Flow needs each node's measured size back on the node; this keeps the sizes it
 * reports and hands out stable node and edge objects for everything that did not change.
 */
export function useMeasuredDiagram(diagram: Diagram) {
  const [sizes, setSizes] = useState<ReadonlyMap<string, Size>>(() => new Map());
  const [stable, setStable] = useState<Stable>(() => ({
    diagram,
    sizes,
    nodes: withSizes(diagram.nodes, sizes),
    edges: diagram.edges,
  }));

  // The previous render's objects are state, adjusted while rendering when the inputs change (React's
  // "storing information from previous renders"): no ref is read during render and no effect re-renders.
  let current = stable;
  if (stable.diagram !== diagram || stable.sizes !== sizes) {
    current = {
      diagram,
      sizes,
      nodes:
        stable.diagram.nodes === diagram.nodes && stable.sizes === sizes
          ? stable.nodes
          : reuseUnchangedNodes(stable.nodes, withSizes(diagram.nodes, sizes)),
      edges: stable.diagram.edges === diagram.edges ? stable.edges : reuseUnchangedEdges(stable.edges, diagram.edges),
    };
    setStable(current);
  }

  const onSizeChanges = useCallback((changes: NodeChange<DiagramNode>[]) => {
    setSizes((previous) => {
      let next: Map<string, Size> | null = null;
      for (const change of changes) {
        if (change.type !== 'dimensions' || !change.dimensions) continue;
        const old = previous.get(change.id);
        if (old?.width === change.dimensions.width && old?.height === change.dimensions.height) continue;
        next ??= new Map(previous);
        next.set(change.id, change.dimensions);
      }
      return next ?? previous;
    });
  }, []);

  return { nodes: current.nodes, edges: current.edges, sizes, onSizeChanges };
}
