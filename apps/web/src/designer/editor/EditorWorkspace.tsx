import { Alert } from 'antd';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { FlowDefinition, FlowError } from '@tongban/flow-model';
import { t } from '../../i18n/t';
import { DesignerCanvas } from '../canvas/DesignerCanvas';
import { useDirectory } from '../directory/useDirectory';
import { CardContext } from '../nodes/CardContext';
import { Palette } from '../palette/Palette';
import { PropertiesPanel } from '../panel/PropertiesPanel';
import { ProblemsBar } from '../problems/ProblemsBar';
import { SimulationWorkspace } from '../simulation/SimulationWorkspace';
import { DesignerContext, type DesignerContextValue, DesignerEditContext } from '../state/DesignerContext';
import { designerReducer, initDesigner } from '../state/designerReducer';
import { canRedo, canUndo } from '../state/history';
import { useLeaveGuard } from './useLeaveGuard';
import { VersionsPanel } from '../versions/VersionsPanel';
import { EditorToolbar } from './EditorToolbar';
import { downloadFlow } from './fileTransfer';
import { PublishDialog } from './PublishDialog';
import { PublishGate } from './PublishGate';
import { useCanvasCommands } from './useCanvasCommands';
import { useClipboard } from './useClipboard';
import { type Notice, type SavedVersion, usePersistence } from './usePersistence';
import { useShortcuts } from './useShortcuts';
import { useValidation } from './useValidation';

const NOTICE_MS = 6000;

/** The editor for one flow: palette, canvas, drawer, problems; or, while simulating, the simulator. */
export function EditorWorkspace({
  initial,
  saved: initialSaved,
  lockedKey = null,
  onStored,
}: {
  initial: FlowDefinition;
  saved: SavedVersion | null;
  /** A parent center's (or a shipped) flow: this center uses it and may not save, publish or restore it. */
  lockedKey?: string | null;
  onStored: (key: string) => void;
}) {
  const [state, dispatch] = useReducer(designerReducer, initial, initDesigner);
  const flow = state.history.present;
  const { selection } = state;
  const directory = useDirectory();
  const validation = useValidation(flow);
  const [notice, setNotice] = useState<Notice>(null);
  const [blocked, setBlocked] = useState<FlowError[] | null>(null);
  const [side, setSide] = useState<'properties' | 'versions'>('properties');
  const [simulating, setSimulating] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const persistence = usePersistence({
    flow,
    initial: initialSaved,
    notify: setNotice,
    onBlocked: setBlocked,
    onStored,
  });
  const clipboard = useClipboard(flow, selection, dispatch);
  // After importing or re-keying, the saved version belongs to another key: this document is unsaved.
  const ownSaved = persistence.saved?.key === flow.key ? persistence.saved : null;

  // Picking a node or edge on the canvas brings its properties back in place of the version list.
  const picked = selection.nodeIds.length + selection.edgeIds.length > 0;
  const [seenSelection, setSeenSelection] = useState(selection);
  if (seenSelection !== selection) {
    setSeenSelection(selection);
    if (picked) setSide('properties');
  }

  useLeaveGuard(persistence.dirty);

  useEffect(() => {
    if (notice?.kind !== 'info') return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const showProperties = useCallback(() => setSide('properties'), []);
  const commands = useCanvasCommands({ flow, selection, dispatch, notify: setNotice, onReveal: showProperties });
  const { reveal } = commands;
  // Under another key the document is a new flow of this center's own, which it may save.
  const locked = lockedKey !== null && flow.key === lockedKey;
  const refuseLocked = () => setNotice({ kind: 'error', text: t('designer.locked') });

  const actions = {
    undo: () => dispatch({ type: 'undo' }),
    redo: () => dispatch({ type: 'redo' }),
    deleteSelection: commands.deleteSelection,
    layout: () => void commands.layout(),
    fit: commands.fit,
    importFile: () => fileInput.current?.click(),
    exportFile: () => downloadFlow(flow),
    toggleVersions: () => setSide(side === 'versions' ? 'properties' : 'versions'),
    toggleSimulation: () => setSimulating(!simulating),
    save: () => (locked ? refuseLocked() : void persistence.save()),
    publish: () => {
      if (locked) return refuseLocked();
      const problems = persistence.publishProblems();
      if (problems.length) setBlocked(problems);
      else setConfirming(true);
    },
  };
  const clearSelection = () => dispatch({ type: 'select', selection: { nodeIds: [], edgeIds: [] } });
  useShortcuts({ ...actions, ...clipboard, clearSelection }, !simulating && !blocked && !confirming);

  const context = useMemo<DesignerContextValue>(
    () => ({ flow, selection, problems: validation.index, dispatch, reveal }),
    [flow, selection, validation.index, reveal],
  );
  const editing = useMemo(() => ({ dispatch, problems: validation.index }), [validation.index]);
  const cards = useMemo(
    () => ({
      departmentName: directory.departmentName,
      userName: directory.userName,
      onDelete: (id: string) => dispatch({ type: 'delete', nodeIds: [id], edgeIds: [] }),
    }),
    [directory],
  );

  return (
    <DesignerContext.Provider value={context}>
      <DesignerEditContext.Provider value={editing}>
        <CardContext.Provider value={cards}>
          <div className={simulating ? 'designer designer--simulating' : 'designer'}>
            <EditorToolbar
              name={flow.name}
              saved={ownSaved}
              dirty={persistence.dirty}
              busy={persistence.busy}
              canUndo={canUndo(state.history)}
              canRedo={canRedo(state.history)}
              hasSelection={selection.nodeIds.length + selection.edgeIds.length > 0}
              simulating={simulating}
              versionsOpen={side === 'versions' && Boolean(ownSaved)}
              locked={locked}
              actions={actions}
            />
            {locked && <Alert className="designer__locked" type="info" showIcon title={t('designer.locked')} />}
            <p
              className={notice?.kind === 'error' ? 'designer__notice designer__notice--error' : 'designer__notice'}
              role="status"
              aria-live="polite"
            >
              {notice?.text}
            </p>
            {simulating ? (
              <SimulationWorkspace flow={flow} errors={validation.errors} />
            ) : (
              <div className="designer__body">
                <Palette />
                <DesignerCanvas onRefused={(text) => setNotice({ kind: 'error', text })} />
                <aside className="designer__side">
                  {side === 'versions' && ownSaved ? (
                    <VersionsPanel
                      flowKey={ownSaved.key}
                      onRestore={async (definition, version) => {
                        if (locked) return refuseLocked();
                        if (await persistence.restore(definition, version))
                          dispatch({ type: 'replace', flow: definition });
                      }}
                    />
                  ) : (
                    <PropertiesPanel directory={directory} />
                  )}
                </aside>
              </div>
            )}
            {!simulating && <ProblemsBar errors={validation.errors} />}
            {blocked && <PublishGate errors={blocked} onClose={() => setBlocked(null)} onPick={reveal} />}
            <PublishDialog
              open={confirming}
              flowName={flow.name}
              draft={ownSaved && !persistence.dirty ? ownSaved : null}
              busy={persistence.busy}
              onCancel={() => setConfirming(false)}
              onConfirm={async (note) => {
                await persistence.publish(note);
                setConfirming(false);
              }}
            />
            <input
              ref={fileInput}
              type="file"
              accept="application/json,.json"
              hidden
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) void commands.importFile(file);
              }}
            />
          </div>
        </CardContext.Provider>
      </DesignerEditContext.Provider>
    </DesignerContext.Provider>
  );
}
