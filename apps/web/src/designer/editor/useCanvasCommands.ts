import { useReactFlow } from '@xyflow/react';
import { type Dispatch, useCallback } from 'react';
import type { FlowDefinition } from '@tongban/flow-model';
import { t } from '../../i18n/t';
import { tf } from '../i18n/format';
import type { DesignerAction } from '../state/designerReducer';
import type { DesignerContextValue } from '../state/DesignerContext';
import type { Selection } from '../types';
import { autoLayout } from '../utils/autoLayout';
import { needsLayout, readFlowFile } from './fileTransfer';
import type { Notice } from './usePersistence';

const FIT = { padding: 0.15, maxZoom: 1.1, duration: 200 };

interface Options {
  flow: FlowDefinition;
  selection: Selection;
  dispatch: Dispatch<DesignerAction>;
  notify: (notice: Notice) => void;
  /** Called when a node or edge is revealed, so its properties can be shown. */
  onReveal: () => void;
}

/** Commands that need the canvas's viewport: auto-layout, import, fit, delete, and jumping to an element. */
export function useCanvasCommands({ flow, selection, dispatch, notify, onReveal }: Options) {
  const reactFlow = useReactFlow();
  const fitLater = useCallback(() => requestAnimationFrame(() => void reactFlow.fitView(FIT)), [reactFlow]);

  const reveal = useCallback<DesignerContextValue['reveal']>(
    ({ nodeId, edgeId }) => {
      const edge = edgeId ? flow.edges.find((e) => e.id === edgeId) : undefined;
      dispatch({
        type: 'select',
        selection: { nodeIds: nodeId ? [nodeId] : [], edgeIds: !nodeId && edgeId ? [edgeId] : [] },
      });
      onReveal();
      const ids = nodeId ? [nodeId] : edge ? [edge.source, edge.target] : [];
      if (ids.length) void reactFlow.fitView({ nodes: ids.map((id) => ({ id })), maxZoom: 1.1, duration: 250 });
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.props input, .props select')?.focus());
    },
    [flow, dispatch, onReveal, reactFlow],
  );

  const layout = useCallback(async () => {
    const sizes = new Map(
      reactFlow
        .getNodes()
        .flatMap((n) =>
          n.measured?.width ? [[n.id, { width: n.measured.width, height: n.measured.height ?? 0 }]] : [],
        ),
    );
    dispatch({ type: 'applyLayout', layout: await autoLayout(flow, sizes) });
    notify({ kind: 'info', text: t('designer.laidOut') });
    fitLater();
  }, [flow, dispatch, notify, reactFlow, fitLater]);

  const importFile = useCallback(
    async (file: File) => {
      try {
        const imported = await readFlowFile(file);
        const placed = needsLayout(imported) ? { ...imported, layout: await autoLayout(imported) } : imported;
        dispatch({ type: 'replace', flow: placed });
        notify({ kind: 'info', text: tf('designer.imported', { name: placed.name }) });
        fitLater();
      } catch (error) {
        notify({ kind: 'error', text: (error as Error).message });
      }
    },
    [dispatch, notify, fitLater],
  );

  const deleteSelection = useCallback(() => {
    const count = selection.nodeIds.length + selection.edgeIds.length;
    if (!count) return;
    dispatch({ type: 'delete', ...selection });
    notify({ kind: 'info', text: tf('designer.deleted', { n: count }) });
  }, [selection, dispatch, notify]);

  const fit = useCallback(() => void reactFlow.fitView(FIT), [reactFlow]);

  return { reveal, layout, importFile, deleteSelection, fit };
}
