import '@xyflow/react/dist/style.css';
import '../flow-canvas/flow-canvas.css';
import './designer.css';
import './panel/panel.css';
import './simulation/simulation.css';
import './versions/versions.css';
import { RequireRole } from '../auth/RequireRole';
import { FlowEditorPage } from './editor/FlowEditorPage';
import { FlowListPage } from './list/FlowListPage';

/** /designer → the list; /designer/new → an empty flow; /designer/<key> → that flow's latest version. */
export function DesignerPage({ path }: { path: string }) {
  const rest = decodeURIComponent(path.replace(/^\/designer\/?/, ''));
  return (
    <RequireRole roles={['admin']}>
      {rest === '' ? <FlowListPage /> : <FlowEditorPage key={rest} flowKey={rest === 'new' ? null : rest} />}
    </RequireRole>
  );
}

export default DesignerPage;
