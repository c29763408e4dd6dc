import '@xyflow/react/dist/style.css';
import '../flow-canvas/flow-canvas.css';
import './designer.css';
import './panel/panel.css';
import './simulation/simulation.css';
import './versions/versions.css';
import { Route, Routes, useParams } from 'react-router';
import { RequireRole } from '../auth/RequireRole';
import { FlowEditorPage } from './editor/FlowEditorPage';
import { FlowListPage } from './list/FlowListPage';

function EditorRoute() {
  const { flowKey = '' } = useParams();
  return <FlowEditorPage key={flowKey} flowKey={flowKey === 'new' ? null : flowKey} />;
}

/** /designer → the list; /designer/new → an empty flow; /designer/<key> → that flow's latest version. */
export function DesignerPage() {
  return (
    <RequireRole roles={['admin']}>
      <Routes>
        <Route index element={<FlowListPage />} />
        <Route path=":flowKey" element={<EditorRoute />} />
      </Routes>
    </RequireRole>
  );
}

export default DesignerPage;
