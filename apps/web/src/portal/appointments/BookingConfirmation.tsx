import { CheckCircleFilled } from '@ant-design/icons';
import { Card, Descriptions, Typography } from 'antd';
import { t } from '../../i18n/t';
import type { CatalogItem } from '@tongban/api-contract';
import { formatDateTime } from '../../shared-ui/format';
import type { Appointment } from '@tongban/api-contract';
import { dayLabel } from './dayLabel';

/** 预约成功: number, time, place, what to bring, and the rules stated up front. */
export function BookingConfirmation({
  appointment,
  item,
}: {
  appointment: Appointment;
  item: CatalogItem | undefined;
}) {
  return (
    <Card className="portal-booked" role="status" aria-labelledby="booked-title">
      <h2 id="booked-title">
        <CheckCircleFilled aria-hidden="true" className="portal-booked__icon" /> {t('portal.book.success')}
      </h2>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'number',
            label: t('portal.book.number'),
            children: <span className="portal-booked__no">{appointment.bookingNo}</span>,
          },
          { key: 'time', label: t('portal.book.time'), children: `${dayLabel(appointment.date)} ${appointment.slot}` },
          { key: 'place', label: t('portal.book.place'), children: appointment.window },
          {
            key: 'bring',
            label: t('portal.book.bring'),
            children:
              (item?.materials ?? [])
                .filter((m) => m.required)
                .map((m) => m.name)
                .join('、') || '—',
          },
          {
            key: 'cancelUntil',
            label: t('portal.book.cancelUntil').replace(/：$/, ''),
            children: formatDateTime(appointment.cancelUntil),
          },
        ]}
      />
      <Typography.Paragraph type="secondary">{t('portal.book.noShow')}</Typography.Paragraph>
    </Card>
  );
}
