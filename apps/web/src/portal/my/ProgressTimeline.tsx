import { Timeline } from 'antd';
import { usePeople } from '../../api/people';
import { t } from '../../i18n/t';
import { formatDateTime } from '../../shared-ui/format';
import { actionLabel, readableNote, type TimelineEntry } from '../../shared-ui/Timeline';

const PAUSING = new Set(['notify-missing', 'pause']);
const WARNING = new Set(['tacit-approve', 'deemed-accept', 'statutory-overdue', 'overdue-item', 'reject']);

/**
 * 办理记录 for the applicant, oldest first: what happened, at which step, when, by whom (the applicant, the
 * system, or the officer by name, never an account), and paused time in grey.
 */
export function ProgressTimeline(props: {
  entries: TimelineEntry[];
  nodeNames: Map<string, string>;
  materialNames: Map<string, string>;
  applicant: string;
}) {
  const { entries, nodeNames, materialNames, applicant } = props;
  const people = usePeople(entries.map((entry) => entry.actor).filter((actor) => actor !== applicant));
  const who = (entry: TimelineEntry) => {
    if (entry.actor === 'system') return t('ui.actor.system');
    if (entry.actor === applicant) return t('ui.actor.you');
    // Until the names arrive (or for an account the applicant may not name) the role, not the account.
    const name = people.nameOf(entry.actor);
    return name === entry.actor ? t('ui.actor.staff') : name;
  };
  return (
    <Timeline
      className="portal-timeline"
      items={entries.map((entry, index) => {
        const note = readableNote(entry, materialNames);
        const node = entry.nodeId ? nodeNames.get(entry.nodeId) : undefined;
        const paused = PAUSING.has(entry.action);
        return {
          key: `${entry.at}-${index}`,
          color: paused ? 'gray' : WARNING.has(entry.action) ? 'orange' : 'green',
          content: (
            <div className="portal-timeline__entry">
              <div className="portal-timeline__head">
                <strong>{actionLabel(entry.action)}</strong>
                {node ? <span className="portal-timeline__node">{node}</span> : null}
              </div>
              <time dateTime={entry.at} className="portal-muted">
                {formatDateTime(entry.at)}
              </time>
              <div>{`${t('ui.timeline.by')}${who(entry)}`}</div>
              {note ? <div className="portal-timeline__note">{note}</div> : null}
              {paused ? <div className="portal-muted">{t('ui.timeline.paused')}</div> : null}
            </div>
          ),
        };
      })}
    />
  );
}
