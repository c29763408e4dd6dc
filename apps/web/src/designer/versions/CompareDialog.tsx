import { useQueries } from '@tanstack/react-query';
import { Alert, Button, Modal } from 'antd';
import { useCallback, useMemo } from 'react';
import { ReadOnlyFlowCanvas } from '../../flow-canvas/ReadOnlyFlowCanvas';
import { PageLoading } from '../../app/PageLoading';
import { t } from '../../i18n/t';
import { flowQueries } from '../editor/flowApi';
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
  const [before, after] = useQueries({
    queries: [flowQueries.version(flowKey, from), flowQueries.version(flowKey, to)],
  });
  const older = before.data?.definition;
  const newer = after.data?.definition;
  const pair = older && newer ? ([older, newer] as const) : null;
  const error = before.error ?? after.error;

  const diff = useMemo(() => (older && newer ? diffDefinitions(older, newer) : null), [older, newer]);
  const marks = useMemo(() => {
    const beforeMarks = new Map<string, DiffMark>();
    const afterMarks = new Map<string, DiffMark>();
    diff?.nodes.removed.forEach((n) => beforeMarks.set(n.id, 'removed'));
    diff?.nodes.added.forEach((n) => afterMarks.set(n.id, 'added'));
    diff?.nodes.changed.forEach((c) => (beforeMarks.set(c.id, 'changed'), afterMarks.set(c.id, 'changed')));
    return { before: beforeMarks, after: afterMarks };
  }, [diff]);
  const decorateBefore = useCallback((id: string) => ({ diff: marks.before.get(id) }), [marks]);
  const decorateAfter = useCallback((id: string) => ({ diff: marks.after.get(id) }), [marks]);

  return (
    <Modal
      open
      className="compare"
      width="calc(100vw - 32px)"
      style={{ top: 16, maxWidth: 'none', paddingBottom: 0 }}
      title={tf('designer.compare.title', { a: from, b: to })}
      onCancel={onClose}
      closable={false}
      footer={null}
    >
      <div className="compare__head">
        <span />
        <Button onClick={onClose}>{t('designer.compare.close')}</Button>
      </div>
      {error && <Alert type="error" showIcon title={error.message} />}
      {!pair && !error && <PageLoading />}
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
    </Modal>
  );
}
