import { t } from '../i18n/t';

/** A date with a red mark when the row is past it (a ledger row's due date, a complaint's rectification date). */
export function PastDueDate({ date, pastDue }: { date: string | null | undefined; pastDue: boolean | undefined }) {
  return (
    <span>
      {date ?? '—'}
      {pastDue ? <span className="ui-chip ui-chip--red">{`✖ ${t('ui.pastDue')}`}</span> : null}
    </span>
  );
}
