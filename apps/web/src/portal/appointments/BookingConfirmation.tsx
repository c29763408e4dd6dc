import { t } from '../../i18n/t';
import type { CatalogItem } from '../../shared-ui/apiTypes';
import { formatDateTime } from '../../shared-ui/format';
import { type Appointment, dayLabel } from './types';

/** 预约成功: number, time, place, what to bring, and the rules stated up front. */
export function BookingConfirmation({
  appointment,
  item,
}: {
  appointment: Appointment;
  item: CatalogItem | undefined;
}) {
  return (
    <section className="ui-card portal-booked" role="status" aria-labelledby="booked-title">
      <h2 id="booked-title">
        <span aria-hidden="true">✔ </span>
        {t('portal.book.success')}
      </h2>
      <dl className="ui-dl">
        <dt>{t('portal.book.number')}</dt>
        <dd className="portal-booked__no">{appointment.bookingNo}</dd>
        <dt>{t('portal.book.time')}</dt>
        <dd>{`${dayLabel(appointment.date)} ${appointment.slot}`}</dd>
        <dt>{t('portal.book.place')}</dt>
        <dd>{appointment.window}</dd>
        <dt>{t('portal.book.bring')}</dt>
        <dd>
          {(item?.materials ?? [])
            .filter((m) => m.required)
            .map((m) => m.name)
            .join('、') || '—'}
        </dd>
        <dt>{t('portal.book.cancelUntil')}</dt>
        <dd>{formatDateTime(appointment.cancelUntil)}</dd>
      </dl>
      <p className="ui-muted">{t('portal.book.noShow')}</p>
    </section>
  );
}
