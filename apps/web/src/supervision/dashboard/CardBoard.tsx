import { t } from '../../i18n/t';
import type { ApplicationView } from '../../shared-ui/apiTypes';
import { formatDate } from '../../shared-ui/format';
import { cardChipLook, cardLook } from '../../shared-ui/status';
import { StatusChip } from '../../shared-ui/StatusChip';
import { remainingText } from '../../shared-ui/remaining';

/** 实时红黄牌: every item under review with its card, red first. */
export function CardBoard({
  views,
  itemName,
  stepName,
}: {
  views: ApplicationView[] | undefined;
  itemName(code: string): string;
  stepName(view: ApplicationView, nodeId: string): string;
}) {
  return (
    <section className="ui-card" aria-labelledby="cards-title">
      <h2 id="cards-title">{t('supervision.cards.title')}</h2>
      {!views ? <p className="ui-loading">{t('common.loading')}</p> : null}
      {views?.length === 0 ? <p>{t('supervision.cards.none')}</p> : null}
      {views?.length ? (
        <table className="ui-table ui-table--compact">
          <thead>
            <tr>
              <th scope="col">{t('supervision.col.card')}</th>
              <th scope="col">{t('supervision.col.receiptNo')}</th>
              <th scope="col">{t('supervision.col.item')}</th>
              <th scope="col">{t('supervision.col.step')}</th>
              <th scope="col">{t('supervision.col.deadline')}</th>
              <th scope="col">{t('supervision.col.remaining')}</th>
            </tr>
          </thead>
          <tbody>
            {views.map((view) => (
              <tr key={view.id} data-testid={`card-row-${view.receiptNo}`}>
                <td>
                  <StatusChip
                    look={
                      view.card ? cardChipLook(view.card, view.clockPaused) : cardLook(view.warning, view.clockPaused)
                    }
                    solid
                  />
                </td>
                <td className="sv-mono">{view.receiptNo}</td>
                <td>{itemName(view.itemCode)}</td>
                <td>{view.currentNodes.map((nodeId) => stepName(view, nodeId)).join('、') || '—'}</td>
                <td>{formatDate(view.deadline)}</td>
                <td>{remainingText(view)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
