import { useCallback, useState } from 'react';
import { validateFlow, type FlowDefinition, type FlowError } from '@tongban/flow-model';
import { ApiError } from '../../api/client';
import { tf } from '../i18n/format';
import { flowApi, type FlowStatus } from './flowApi';

export interface SavedVersion extends FlowStatus {
  /** The document as saved: the editor is dirty while its document is another object. */
  flow: FlowDefinition;
}

export type Notice = { kind: 'info' | 'error'; text: string } | null;

interface Options {
  flow: FlowDefinition;
  initial: SavedVersion | null;
  notify: (notice: Notice) => void;
  /** Called with the errors that block publishing (shown in the publish gate). */
  onBlocked: (errors: FlowError[]) => void;
}

/** Save a draft, publish (saving first when needed), restore an old version as a new draft. */
export function usePersistence({ flow, initial, notify, onBlocked }: Options) {
  const [saved, setSaved] = useState<SavedVersion | null>(initial);
  const [busy, setBusy] = useState(false);
  const [revision, setRevision] = useState(0);

  const store = useCallback(async (definition: FlowDefinition) => {
    const status = await flowApi.saveDraft(definition);
    const next = { ...status, flow: definition };
    setSaved(next);
    setRevision((n) => n + 1);
    // The URL follows the key without remounting the editor (no popstate).
    window.history.replaceState({}, '', `/designer/${encodeURIComponent(status.key)}`);
    return next;
  }, []);

  const run = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true);
      try {
        return await work();
      } catch (error) {
        if (error instanceof ApiError && error.status === 422 && Array.isArray(error.details))
          onBlocked(error.details as FlowError[]);
        notify({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [notify, onBlocked],
  );

  const save = useCallback(
    () =>
      run(async () => {
        const next = await store(flow);
        notify({ kind: 'info', text: tf('designer.saved', { n: next.version }) });
        return next;
      }),
    [run, store, flow, notify],
  );

  const publish = useCallback(
    () =>
      run(async () => {
        const { errors } = validateFlow(flow);
        if (errors.length) return onBlocked(errors);
        const draft = saved && saved.flow === flow ? saved : await store(flow);
        const status = await flowApi.publish(draft.key, draft.version);
        setSaved({ ...status, flow });
        setRevision((n) => n + 1);
        notify({ kind: 'info', text: tf('designer.published', { n: status.version }) });
      }),
    [run, store, flow, saved, notify, onBlocked],
  );

  /** Saves unsaved work first, then stores `definition` (an old version) as the newest draft. */
  const restore = useCallback(
    (definition: FlowDefinition, fromVersion: number) =>
      run(async () => {
        if (!saved || saved.flow !== flow) await store(flow);
        const next = await store(definition);
        notify({ kind: 'info', text: tf('designer.versions.restored', { n: fromVersion, m: next.version }) });
        return next;
      }),
    [run, store, flow, saved, notify],
  );

  return { saved, dirty: !saved || saved.flow !== flow, busy, revision, save, publish, restore };
}
