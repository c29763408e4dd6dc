import { t } from '../../i18n/t';
import type { ApplicationSummary } from '../../shared-ui/apiTypes';
import { formatDate, formatDateTime } from '../../shared-ui/format';
import { ErrorNotice, Loading } from '../../shared-ui/Notice';
import { Link } from 'react-router';
import { statusLook } from '../../shared-ui/status';
import { StatusChip } from '../../shared-ui/StatusChip';
import { useApi } from '../../shared-ui/useApi';

/** 我的办件: the applicant's items, newest first, each opening its progress page. */
export function MyItemsPage() {
  const items = useApi<ApplicationSummary[]>('/applications');
  return (
    <>
      <h1>{t('portal.my.title')}</h1>
      <ErrorNotice error={items.error} />
      {!items.data ? <Loading /> : null}
      {items.data && items.data.length === 0 ? (
        <p>
          {t('portal.my.none')} <Link to="/portal">{t('portal.nav.catalog')}</Link>
        </p>
      ) : null}
      {items.data && items.data.length > 0 ? (
        <div className="ui-table-wrap">
          <table className="ui-table">
            <thead>
              <tr>
                <th scope="col">{t('portal.my.receiptNo')}</th>
                <th scope="col">{t('portal.item.name')}</th>
                <th scope="col">{t('portal.my.status')}</th>
                <th scope="col">{t('portal.my.submittedAt')}</th>
                <th scope="col">{t('portal.my.deadline')}</th>
                <th scope="col">{t('portal.item.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.data.map((item) => (
                <tr key={item.id}>
                  <td>{item.receiptNo}</td>
                  <td>{item.itemName}</td>
                  <td>
                    <StatusChip look={statusLook(item.status)} />
                  </td>
                  <td>{formatDateTime(item.submittedAt)}</td>
                  <td>{formatDate(item.deadline)}</td>
                  <td>
                    <Link
                      to={`/portal/my/${item.id}`}
                      className="ui-button"
                      aria-label={`${t('portal.my.open')}：${item.receiptNo}`}
                    >
                      {t('portal.my.open')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
