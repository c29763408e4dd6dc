import { useQuery } from '@tanstack/react-query';
import { ReactFlowProvider } from '@xyflow/react';
import { Alert } from 'antd';
import { useState } from 'react';
import { PageLoading } from '../../app/PageLoading';
import { t } from '../../i18n/t';
import { EditorWorkspace } from './EditorWorkspace';
import { flowQueries } from './flowApi';
import { newFlow } from './newFlow';

interface Props {
  /** The flow to open (its latest version), or null for a new, empty flow. */
  flowKey: string | null;
  /** After a save the address follows the stored key; the editor stays mounted with its state. */
  onStored: (key: string) => void;
}

/** Loads the latest version of `flowKey` (or starts an empty flow) and opens the editor on it. */
export function FlowEditorPage({ flowKey, onStored }: Props) {
  // The editor opens once on what was loaded; its own saves move the address but never reload it.
  const [openedKey] = useState(flowKey);
  const [blank] = useState(newFlow);
  const latest = useQuery({ ...flowQueries.latest(openedKey ?? 'new'), enabled: openedKey !== null });
  const loaded = openedKey ? latest.data : undefined;
  const [opened, setOpened] = useState(loaded ?? null);
  if (!opened && loaded) setOpened(loaded);

  if (openedKey && latest.error && !opened)
    return (
      <Alert className="page" type="error" showIcon title={`${t('designer.loadFailed')}：${latest.error.message}`} />
    );
  if (openedKey && !opened) return <PageLoading />;
  const initial = opened
    ? {
        flow: opened.definition,
        saved: { key: opened.key, version: opened.version, status: opened.status, flow: opened.definition },
      }
    : { flow: blank, saved: null };
  return (
    <ReactFlowProvider>
      <EditorWorkspace
        initial={initial.flow}
        saved={initial.saved}
        lockedKey={opened?.editable === false ? opened.key : null}
        onStored={onStored}
      />
    </ReactFlowProvider>
  );
}
