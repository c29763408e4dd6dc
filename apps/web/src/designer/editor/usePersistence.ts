import { useCallback, useState } from 'react';
import { validateFlow, type FlowDefinition, type FlowError } from '@tongban/flow-model';
import { ApiError } from '../../api/client';
import { tf } from '../i18n/format';
import type { FlowStatus } from '@tongban/api-contract';
import { usePublish, useSaveDraft } from './flowApi';

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
  /** Called after a version is stored, with its key: the address follows the key of the flow being edited. */
  onStored: (key: string) => void;
}

/** Save a draft, publish (saving first when needed), restore an old version as a new draft. */
export function usePersistence({ flow, initial, notify, onBlocked, onStored }: Options) {
  const [saved, setSaved] = useState<SavedVersion | null>(initial);
  const saveDraft = useSaveDraft();
  const publishVersion = usePublish();

  const store = useCallback(
    async (definition: FlowDefinition) => {
      const status = await saveDraft.run(definition);
      const next = { ...status, flow: definition };
      setSaved(next);
      onStored(status.key);
      return next;
    },
    [saveDraft, onStored],
  );

  const run = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await work();
      } catch (error) {
        if (error instanceof ApiError && error.status === 422 && Array.isArray(error.details))
          onBlocked(error.details as FlowError[]);
        notify({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
        return undefined;
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

  /** The errors that keep this document from being published; none means the confirmation may open. */
  const publishProblems = useCallback((): FlowError[] => validateFlow(flow).errors, [flow]);

  /** Publishes the document (saving it first when it changed) with the publisher's note. */
  const publish = useCallback(
    (note: string) =>
      run(async () => {
        const { errors } = validateFlow(flow);
        if (errors.length) return onBlocked(errors);
        const draft = saved && saved.flow === flow ? saved : await store(flow);
        const status = await publishVersion.run({ key: draft.key, version: draft.version, note: note.trim() });
        setSaved({ ...status, flow });
        notify({ kind: 'info', text: tf('designer.published', { n: status.version }) });
        return status;
      }),
    [run, store, flow, saved, notify, onBlocked, publishVersion],
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

  return {
    saved,
    dirty: !saved || saved.flow !== flow,
    busy: saveDraft.pending || publishVersion.pending,
    save,
    publishProblems,
    publish,
    restore,
  };
}
