import { useEffect, useRef } from 'react';
import type { FlowError } from '@tongban/flow-model';
import { t } from '../../i18n/t';
import { ProblemRows } from '../problems/ProblemsBar';

/** Publishing is refused while errors remain: each row jumps to the node, then the dialog closes. */
export function PublishGate({
  errors,
  onClose,
  onPick,
}: {
  errors: FlowError[];
  onClose(): void;
  onPick(target: { nodeId?: string; edgeId?: string }): void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="publish-gate-title" onClose={onClose}>
      <h2 id="publish-gate-title">{`⚠ ${t('designer.publish.gate.title')}`}</h2>
      <p>{t('designer.publish.gate.body')}</p>
      <ProblemRows
        errors={errors}
        onPick={(target) => {
          onClose();
          onPick(target);
        }}
      />
      <button type="button" className="button" onClick={onClose} autoFocus>
        {t('designer.publish.gate.close')}
      </button>
    </dialog>
  );
}
