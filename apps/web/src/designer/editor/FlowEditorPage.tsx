import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { t } from '../../i18n/t';
import { EditorWorkspace } from './EditorWorkspace';
import { flowApi } from './flowApi';
import { newFlow } from './newFlow';
import type { SavedVersion } from './usePersistence';

type Loaded = { flow: SavedVersion['flow']; saved: SavedVersion | null };

/** Loads the latest version of `flowKey` (or starts an empty flow) and opens the editor on it. */
export function FlowEditorPage({ flowKey }: { flowKey: string | null }) {
  const [loaded, setLoaded] = useState<Loaded | null>(() => (flowKey ? null : { flow: newFlow(), saved: null }));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!flowKey) return;
    let alive = true;
    flowApi
      .latest(flowKey)
      .then(
        ({ key, version, status, definition }) =>
          alive && setLoaded({ flow: definition, saved: { key, version, status, flow: definition } }),
      )
      .catch((caught: Error) => alive && setError(caught.message));
    return () => {
      alive = false;
    };
  }, [flowKey]);
  if (error) return <p role="alert" className="page">{`${t('designer.loadFailed')}：${error}`}</p>;
  if (!loaded)
    return (
      <p role="status" className="page">
        {t('common.loading')}
      </p>
    );
  return (
    <ReactFlowProvider>
      <EditorWorkspace initial={loaded.flow} saved={loaded.saved} />
    </ReactFlowProvider>
  );
}
