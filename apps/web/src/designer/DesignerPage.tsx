import '@xyflow/react/dist/style.css';
import '../flow-canvas/flow-canvas.css';
import './designer.css';
import './panel/panel.css';
import './simulation/simulation.css';
import './versions/versions.css';
import { useCallback } from 'react';
import { Route, Routes, useLocation, useNavigate, useParams } from 'react-router';
import { RequireRole } from '../auth/RequireRole';
import { type EditorLocationState, editorSessionOf } from './editor/editorSession';
import { FlowEditorPage } from './editor/FlowEditorPage';
import { FlowListPage } from './list/FlowListPage';

function EditorRoute() {
  const { flowKey = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  // Another flow's address opens another editor; a save moving the address to its key keeps this one.
  const session = editorSessionOf(location.state) ?? flowKey;
  const onStored = useCallback(
    (key: string) => {
      if (key === flowKey) return;
      const state: EditorLocationState = { editorSession: session };
      navigate(`/designer/${encodeURIComponent(key)}`, { replace: true, state });
    },
    [flowKey, session, navigate],
  );
  return <FlowEditorPage key={session} flowKey={flowKey === 'new' ? null : flowKey} onStored={onStored} />;
}

/** /designer → the list; /designer/new → an empty flow; /designer/<key> → that flow's latest version. */
export function DesignerPage() {
  return (
    <RequireRole roles={['admin']}>
      {/* Commands keep their names as written (发布, not 发 布): the keyboard map and tooltips name them. */}
      <Routes>
        <Route index element={<FlowListPage />} />
        <Route path=":flowKey" element={<EditorRoute />} />
      </Routes>
    </RequireRole>
  );
}

export default DesignerPage;
