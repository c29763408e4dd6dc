import { warningOf } from '@tongban/flow-engine';
import { t } from '../../i18n/t';
import { tf, tk } from '../i18n/format';
import type { FlowNodeData } from '../types';
import { useCardContext } from './CardContext';
import { DIFF_ICONS, NODE_ICONS, STATUS_ICONS } from './nodeIcons';
import { summarizeNode } from './nodeSummary';

/** The card every canvas draws (editable, read-only progress, simulation, compare): one component. */
export function NodeCard({ data }: { data: FlowNodeData }) {
  const { departmentName, userName, onDelete, hideHints } = useCardContext();
  const { node, status, clock, diff } = data;
  const problems = hideHints ? [] : data.problems;
  const name = node.name || t(`designer.node.${node.type}`);
  const lines = summarizeNode(node, departmentName, userName).filter((line) => !(hideHints && line.placeholder));
  const classes = ['flow-card', `flow-card--${node.type}`];
  if (problems.length) classes.push('flow-card--invalid');
  if (status) classes.push(`flow-card--${status}`);
  if (diff) classes.push(`flow-card--diff-${diff}`);
  return (
    <div className={classes.join(' ')} data-node-id={node.id} title={problems.join('\n') || undefined}>
      <div className="flow-card__head">
        <span className="flow-card__icon" aria-hidden="true">
          {NODE_ICONS[node.type]}
        </span>
        <strong className="flow-card__name">{name}</strong>
        {onDelete && (
          <button
            type="button"
            className="flow-card__delete nodrag nokey"
            aria-label={tf('designer.card.delete', { name })}
            onClick={(event) => {
              event.stopPropagation();
              onDelete(node.id);
            }}
          >
            ✕
          </button>
        )}
      </div>
      {(status || diff) && (
        <div className="flow-card__badges">
          {status && (
            <span
              className={`flow-badge flow-badge--${status}`}
            >{`${STATUS_ICONS[status]} ${tk('designer.status.', status)}`}</span>
          )}
          {diff && (
            <span
              className={`flow-badge flow-badge--diff-${diff}`}
            >{`${DIFF_ICONS[diff]} ${tk('designer.diff.', diff)}`}</span>
          )}
        </div>
      )}
      {lines.map((line, index) => (
        <p key={index} className={line.placeholder ? 'flow-card__line flow-card__line--unset' : 'flow-card__line'}>
          {line.text}
          {line.badge && <span className="flow-card__timeout">{line.badge}</span>}
        </p>
      ))}
      {clock && (
        <p className={`flow-card__clock flow-card__clock--${clock.card ? warningOf(clock.card) : clock.warning}`}>
          {`◷ ${tf('designer.card.deadline', { date: shortDate(clock.deadline) })} · ${clock.card ? tk('designer.cardLevel.', clock.card) : tk('designer.warning.', clock.warning)}`}
        </p>
      )}
      {problems.length > 0 && (
        <p className="flow-card__problem" role="note">
          {`⚠ ${problems[0]}`}
          {problems.length > 1 && ` ${tf('designer.card.problems', { n: problems.length })}`}
        </p>
      )}
    </div>
  );
}

const dateFormat = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric' });

function shortDate(instant: string): string {
  return dateFormat.format(new Date(instant));
}
