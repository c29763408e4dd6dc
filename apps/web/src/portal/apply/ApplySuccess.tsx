import { t } from '../../i18n/t';
import { Link } from 'react-router';

/** The receipt: a large 受理编号 and where to follow the item. */
export function ApplySuccess({
  id,
  receiptNo,
  itemName,
  itemCode,
}: {
  id: string;
  receiptNo: string;
  itemName: string;
  itemCode: string;
}) {
  return (
    <section className="ui-card portal-receipt" aria-labelledby="receipt-title">
      <p aria-hidden="true" className="portal-receipt__icon">
        ✔
      </p>
      <h1 id="receipt-title">{t('portal.receipt.title')}</h1>
      <p>{itemName}</p>
      <p className="portal-receipt__label">{t('portal.receipt.number')}</p>
      <p className="portal-receipt__number" data-testid="receipt-no">
        {receiptNo}
      </p>
      <p className="ui-muted">{t('portal.receipt.keep')}</p>
      <div className="ui-button-row portal-receipt__actions">
        <Link to={`/portal/my/${id}`} className="ui-button ui-button--primary">
          {t('portal.receipt.progress')}
        </Link>
        <Link to={`/portal/appointments?item=${itemCode}`} className="ui-button">
          {t('portal.catalog.book')}
        </Link>
      </div>
    </section>
  );
}
