import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FlowDefinition } from '@tongban/flow-model';
import { ReadOnlyFlowCanvas } from '../../flow-canvas/ReadOnlyFlowCanvas';
import { t } from '../../i18n/t';
import { flowApi } from '../editor/flowApi';
import { tf } from '../i18n/format';
import type { DiffMark } from '../types';
import { diffDefinitions, diffSize } from '../utils/diffDefinitions';
import { ChangeList } from './ChangeList';

interface Props {
  flowKey: string;
  from: number;
  to: number;
  onClose(): void;
}

/** Two versions side by side, nodes badged 新增 / 删除 / 修改, with the field-level change list. */
export function CompareDialog({ flowKey, from, to, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [pair, setPair] = useState<[FlowDefinition, FlowDefinition] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
    Promise.all([flowApi.version(flowKey, from), flowApi.version(flowKey, to)])
      .then(([a, b]) => setPair([a.definition, b.definition]))
      .catch((caught: Error) => setError(caught.message));
  }, [flowKey, from, to]);

  const diff = useMemo(() => (pair ? diffDefinitions(pair[0], pair[1]) : null), [pair]);
  const marks = useMemo(() => {
    const before = new Map<string, DiffMark>();
    const after = new Map<string, DiffMark>();
    diff?.nodes.removed.forEach((n) => before.set(n.id, 'removed'));
    diff?.nodes.added.forEach((n) => after.set(n.id, 'added'));
    diff?.nodes.changed.forEach((c) => (before.set(c.id, 'changed'), after.set(c.id, 'changed')));
    return { before, after };
  }, [diff]);
  const decorateBefore = useCallback((id: string) => ({ diff: marks.before.get(id) }), [marks]);
  const decorateAfter = useCallback((id: string) => ({ diff: marks.after.get(id) }), [marks]);

  return (
    <dialog ref={dialog} className="dialog dialog--full compare" aria-labelledby="compare-title" onClose={onClose}>
      <header className="compare__head">
        <h2 id="compare-title">{tf('designer.compare.title', { a: from, b: to })}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t('designer.compare.close')}
        </button>
      </header>
      {error && <p role="alert">{error}</p>}
      {pair && diff && (
        <div className="compare__body">
          <ChangeList diff={diff} before={pair[0]} after={pair[1]} />
          <div className="compare__panes">
            <section className="compare__side">
              <h3>{`${t('designer.versions.compare.from')} · ${tf('designer.version', { n: from })}`}</h3>
              <ReadOnlyFlowCanvas
                definition={pair[0]}
                decorate={decorateBefore}
                ariaLabel={tf('designer.version', { n: from })}
                className="compare__pane"
              />
            </section>
            <section className="compare__side">
              <h3>{`${t('designer.versions.compare.to')} · ${tf('designer.version', { n: to })}`}</h3>
              <ReadOnlyFlowCanvas
                definition={pair[1]}
                decorate={decorateAfter}
                ariaLabel={tf('designer.version', { n: to })}
                className="compare__pane"
              />
            </section>
          </div>
          {diffSize(diff) === 0 && <p className="compare__none">{t('designer.compare.none')}</p>}
        </div>
      )}
    </dialog>
  );
}
