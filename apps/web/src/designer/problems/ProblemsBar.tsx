import { Button } from 'antd';
import { useState } from 'react';
import type { FlowError } from '@tongban/flow-model';
import { t } from '../../i18n/t';
import { tf } from '../i18n/format';
import { useDesigner } from '../state/DesignerContext';

/** The status-bar counter and, when opened, the 问题 list; a row takes you to the node or edge. */
export function ProblemsBar({ errors }: { errors: FlowError[] }) {
  const { reveal } = useDesigner();
  const [open, setOpen] = useState(false);
  return (
    <section className={open ? 'problems problems--open' : 'problems'} aria-label={t('designer.problems.title')}>
      <Button
        size="small"
        type="text"
        className={errors.length ? 'problems__toggle problems__toggle--bad' : 'problems__toggle'}
        aria-expanded={open}
        title={t('designer.problems.toggle')}
        onClick={() => setOpen(!open)}
      >
        <span aria-live="polite">
          {errors.length ? tf('designer.problems.count', { n: errors.length }) : `✓ ${t('designer.problems.none')}`}
        </span>
      </Button>
      {open && errors.length > 0 && <ProblemRows errors={errors} onPick={reveal} />}
    </section>
  );
}

export function ProblemRows({
  errors,
  onPick,
}: {
  errors: FlowError[];
  onPick: (target: { nodeId?: string; edgeId?: string }) => void;
}) {
  return (
    <ul className="problems__list">
      {errors.map((error, index) => (
        <li key={`${error.code}-${error.nodeId ?? ''}-${error.edgeId ?? ''}-${index}`}>
          {error.nodeId || error.edgeId ? (
            <Button
              type="link"
              size="small"
              className="problems__row"
              onClick={() => onPick({ nodeId: error.nodeId, edgeId: error.edgeId })}
            >
              {`⚠ ${error.message}`}
            </Button>
          ) : (
            <span>{`⚠ ${error.message}`}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
