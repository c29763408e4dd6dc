import type { MessageKey } from '../i18n/zh-CN';
import { t } from '../i18n/t';
import { formatDateTime } from './format';

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
const WARNING = new Set([
  'tacit-approve',
  'deemed-accept',
  'statutory-overdue',
  'overdue-item',
  'escalate',
  'remind',
  'overdue',
  'reject',
]);

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
 * One row per thing that happened, oldest first. Applicants see who acted in plain roles; staff
 * (`internal`) see usernames and who acted for an absent A post.
 */
export function Timeline(props: {
  entries: TimelineEntry[];
  nodeNames: Map<string, string>;
  materialNames?: Map<string, string>;
  applicant?: string;
  internal?: boolean;
}) {
  const { entries, nodeNames, materialNames = new Map(), applicant, internal = false } = props;
  const who = (entry: TimelineEntry) => {
    if (entry.actor === 'system') return t('ui.actor.system');
    if (entry.actor === applicant) return internal ? `${t('ui.actor.applicant')}（${entry.actor}）` : t('ui.actor.you');
    if (!internal) return t('ui.actor.staff');
    return entry.onBehalfOf ? `${entry.actor}（${t('ui.actor.actingFor')} ${entry.onBehalfOf}）` : entry.actor;
  };
  return (
    <ol className="ui-timeline">
      {entries.map((entry, index) => {
        const note = readableNote(entry, materialNames);
        const kind = PAUSING.has(entry.action) ? 'paused' : WARNING.has(entry.action) ? 'warning' : 'normal';
        return (
          <li key={`${entry.at}-${index}`} className={`ui-timeline__item ui-timeline__item--${kind}`}>
            <div className="ui-timeline__head">
              <strong>{actionLabel(entry.action)}</strong>
              {entry.nodeId && nodeNames.get(entry.nodeId) ? (
                <span className="ui-timeline__node">{nodeNames.get(entry.nodeId)}</span>
              ) : null}
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
            </div>
            <div className="ui-timeline__body">
              <span>
                {t('ui.timeline.by')}
                {who(entry)}
              </span>
              {note ? <span className="ui-timeline__note">{note}</span> : null}
              {PAUSING.has(entry.action) ? (
                <span className="ui-timeline__paused">{t('ui.timeline.paused')}</span>
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
