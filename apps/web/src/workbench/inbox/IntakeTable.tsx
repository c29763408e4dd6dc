import { t } from '../../i18n/t';
import type { ApplicationSummary } from '../../shared-ui/apiTypes';
import { formatDateTime } from '../../shared-ui/format';
import { Link } from 'react-router';
import { statusLook } from '../../shared-ui/status';
import { StatusChip } from '../../shared-ui/StatusChip';

/** Items waiting at the window (待受理) or for the applicant (补正中): acceptance has no task of its own. */
export function IntakeTable({ items }: { items: ApplicationSummary[] }) {
  if (!items.length) return <p role="status">{t('workbench.inbox.empty')}</p>;
  return (
    <div className="ui-table-wrap">
      <table className="ui-table wb-table">
        <thead>
          <tr>
            <th scope="col">{t('workbench.col.status')}</th>
            <th scope="col">{t('workbench.col.receiptNo')}</th>
            <th scope="col">{t('workbench.col.item')}</th>
            <th scope="col">{t('workbench.col.applicant')}</th>
            <th scope="col">{t('workbench.col.submittedAt')}</th>
            <th scope="col">{t('workbench.col.action')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <StatusChip look={statusLook(item.status)} />
              </td>
              <td className="wb-mono">{item.receiptNo}</td>
              <td>{item.itemName}</td>
              <td>{item.applicant}</td>
              <td>{formatDateTime(item.submittedAt)}</td>
              <td>
                <Link
                  to={`/workbench/applications/${item.id}`}
                  className="ui-button ui-button--primary"
                  aria-label={`${t('workbench.handle')}：${item.receiptNo}`}
                >
                  {t('workbench.handle')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
