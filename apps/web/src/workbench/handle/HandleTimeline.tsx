import { t } from '../../i18n/t';
import { ActivityTimeline, type TimelineEntry } from '../../shared-ui/Timeline';

/** The staff timeline: every step with the person's name (and whom a B post acted for) and internal opinions. */
export function HandleTimeline(props: {
  entries: TimelineEntry[];
  nodeNames: Map<string, string>;
  materialNames: Map<string, string>;
  applicant: string;
  applicantName: string;
  nameOf(username: string): string;
}) {
  const { applicant, applicantName, nameOf } = props;
  const who = (entry: TimelineEntry) => {
    if (entry.actor === 'system') return t('ui.actor.system');
    if (entry.actor === applicant) return `${t('ui.actor.applicant')}（${applicantName}）`;
    const name = nameOf(entry.actor);
    return entry.onBehalfOf ? `${name}（${t('ui.actor.actingFor')} ${nameOf(entry.onBehalfOf)}）` : name;
  };
  return <ActivityTimeline {...props} audience="staff" who={who} className="wb-timeline" />;
}
