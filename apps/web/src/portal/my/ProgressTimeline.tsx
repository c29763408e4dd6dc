import { usePeople } from '../../api/people';
import { t } from '../../i18n/t';
import { ActivityTimeline, type TimelineEntry } from '../../shared-ui/Timeline';

/**
 * 办理记录 for the applicant: by whom is the applicant, the system, or the officer by name, never an account.
 */
export function ProgressTimeline(props: {
  entries: TimelineEntry[];
  nodeNames: Map<string, string>;
  materialNames: Map<string, string>;
  applicant: string;
}) {
  const { entries, applicant } = props;
  const people = usePeople(entries.map((entry) => entry.actor).filter((actor) => actor !== applicant));
  const who = (entry: TimelineEntry) => {
    if (entry.actor === 'system') return t('ui.actor.system');
    if (entry.actor === applicant) return t('ui.actor.you');
    // Until the names arrive (or for an account the applicant may not name) the role, not the account.
    const name = people.nameOf(entry.actor);
    return name === entry.actor ? t('ui.actor.staff') : name;
  };
  return <ActivityTimeline {...props} audience="applicant" who={who} className="portal-timeline" />;
}
