import { Timeline } from 'antd';
import type { MessageKey } from '../i18n/zh-CN';
import { t } from '../i18n/t';
import { formatDateTime } from './format';
import './shared-ui.css';

export interface TimelineEntry {
  at: string;
  actor: string;
  onBehalfOf?: string | null;
  action: string;
  nodeId: string | null;
  note?: string | null;
}

const KNOWN_ACTIONS = new Set([
  'submit',
  'accept',
  'notify-missing',
  'supplement',
  'reject',
  'approve',
  'return',
  'tacit-approve',
  'certificate',
  'notify',
  'complete',
  'withdraw',
  'pause',
  'resume',
  'extend',
  'recalculate',
  'overdue-item',
  'escalate',
  'remind',
  'overdue',
  'claim',
  'unclaim',
  'deemed-accept',
  'statutory-overdue',
]);
const PAUSING = new Set(['notify-missing', 'pause']);
/** What an applicant is warned of; staff also see the reminders and escalations among themselves. */
const APPLICANT_WARNING = new Set(['tacit-approve', 'deemed-accept', 'statutory-overdue', 'overdue-item', 'reject']);
const STAFF_WARNING = new Set([...APPLICANT_WARNING, 'escalate', 'remind', 'overdue']);
const COLORS = {
  staff: { paused: 'gray', warning: 'red', normal: 'blue' },
  applicant: { paused: 'gray', warning: 'orange', normal: 'green' },
};

export function actionLabel(action: string): string {
  return KNOWN_ACTIONS.has(action) ? t(`ui.action.${action}` as MessageKey) : action;
}

/** Material codes in a note (一次性告知 "P03,P04：…", 补正 "P04") shown with their names. */
export function readableNote(entry: TimelineEntry, materialNames: Map<string, string>): string | null {
  if (!entry.note) return null;
  if (entry.action === 'submit') return t(`ui.channel.${entry.note}` as MessageKey) ?? entry.note;
  if (entry.action === 'notify') return null;
  if (entry.action === 'complete') return t(`ui.status.${entry.note}` as MessageKey) ?? entry.note;
  if (entry.action !== 'notify-missing' && entry.action !== 'supplement') return entry.note;
  const [codes, ...rest] = entry.note.split('：');
  const names = codes.split(',').map((code) => materialNames.get(code.trim()) ?? code);
  const remark = rest.join('：');
  // The workbench's notice text already names every material; then the list would only repeat it.
  if (remark && names.every((name) => remark.includes(name))) return remark;
  return [names.join('、'), remark].filter(Boolean).join('：');
}

/**
 * 办理记录, oldest first: what happened, at which step, when, by whom (`who` says it as the audience may read
 * it), the note with material names, and paused time in grey.
 */
export function ActivityTimeline(props: {
  entries: TimelineEntry[];
  nodeNames: Map<string, string>;
  materialNames: Map<string, string>;
  audience: 'staff' | 'applicant';
  who(entry: TimelineEntry): string;
  className: string;
}) {
  const { entries, nodeNames, materialNames, audience, who, className } = props;
  const warning = audience === 'staff' ? STAFF_WARNING : APPLICANT_WARNING;
  const colors = COLORS[audience];
  return (
    <Timeline
      className={`ui-timeline ${className}`}
      items={entries.map((entry, index) => {
        const note = readableNote(entry, materialNames);
        const node = entry.nodeId ? nodeNames.get(entry.nodeId) : undefined;
        const paused = PAUSING.has(entry.action);
        return {
          key: `${entry.at}-${index}`,
          color: paused ? colors.paused : warning.has(entry.action) ? colors.warning : colors.normal,
          content: (
            <div className="ui-timeline__entry">
              <div className="ui-timeline__head">
                <strong>{actionLabel(entry.action)}</strong>
                {node ? <span className="ui-timeline__node">{node}</span> : null}
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </div>
              <div>{`${t('ui.timeline.by')}${who(entry)}`}</div>
              {note ? <div className="ui-timeline__note">{note}</div> : null}
              {paused ? <div className="ui-timeline__paused">{t('ui.timeline.paused')}</div> : null}
            </div>
          ),
        };
      })}
    />
  );
}
