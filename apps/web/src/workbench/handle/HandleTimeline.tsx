import { Timeline } from 'antd';
import { t } from '../../i18n/t';
import { formatDateTime } from '../../shared-ui/format';
import { actionLabel, readableNote, type TimelineEntry } from '../../shared-ui/Timeline';

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

/** The staff timeline: every step with the person's name (and whom a B post acted for) and internal opinions. */
export function HandleTimeline(props: {
  entries: TimelineEntry[];
  nodeNames: Map<string, string>;
  materialNames: Map<string, string>;
  applicant: string;
  applicantName: string;
  nameOf(username: string): string;
}) {
  const { entries, nodeNames, materialNames, applicant, applicantName, nameOf } = props;
  const who = (entry: TimelineEntry) => {
    if (entry.actor === 'system') return t('ui.actor.system');
    if (entry.actor === applicant) return `${t('ui.actor.applicant')}（${applicantName}）`;
    const name = nameOf(entry.actor);
    return entry.onBehalfOf ? `${name}（${t('ui.actor.actingFor')} ${nameOf(entry.onBehalfOf)}）` : name;
  };
  return (
    <Timeline
      className="wb-timeline"
      items={entries.map((entry, index) => {
        const note = readableNote(entry, materialNames);
        const node = entry.nodeId ? nodeNames.get(entry.nodeId) : undefined;
        return {
          key: `${entry.at}-${index}`,
          color: PAUSING.has(entry.action) ? 'gray' : WARNING.has(entry.action) ? 'red' : 'blue',
          content: (
            <div className="wb-timeline__entry">
              <div>
                <strong>{actionLabel(entry.action)}</strong>
                {node ? <span className="ui-timeline__node">{` · ${node}`}</span> : null}
                <time dateTime={entry.at} className="ui-muted">{`  ${formatDateTime(entry.at)}`}</time>
              </div>
              <div>{`${t('ui.timeline.by')}${who(entry)}`}</div>
              {note ? <div className="ui-timeline__note">{note}</div> : null}
            </div>
          ),
        };
      })}
    />
  );
}
