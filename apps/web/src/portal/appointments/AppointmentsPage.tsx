import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, List, Row, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { catalogQuery } from '../../api/names';
import { useCommand } from '../../api/query';
import { t } from '../../i18n/t';
import { formatDateTime } from '../../shared-ui/format';
import { usePage } from '../../api/usePage';
import { ErrorAlert, Loading } from '../ui/QueryStates';
import { BookingConfirmation } from './BookingConfirmation';
import { BookingForm } from './BookingForm';
import type { Appointment } from '@tongban/api-contract';
import { dayLabel } from './dayLabel';

const PAGE_SIZE = 10;

/** 我的预约: book a window slot, see bookings a page at a time, cancel up to 2 hours before. */
export function AppointmentsPage() {
  const [search] = useSearchParams();
  const catalog = useQuery(catalogQuery());
  const [page, setPage] = useState(1);
  const mine = usePage<Appointment>('/appointments', { page, pageSize: PAGE_SIZE });
  const [booked, setBooked] = useState<Appointment | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const cancel = useCommand<Appointment>({
    request: (appointment) => ({ path: `/appointments/${appointment.id}/cancel` }),
    invalidates: [['appointments']],
  });

  const cancelOne = async (appointment: Appointment) => {
    setMessage(null);
    try {
      await cancel.run(appointment);
      setMessage(`${t('portal.book.cancelled')}${appointment.bookingNo}`);
      if (booked?.id === appointment.id) setBooked(null);
    } catch {
      // cancel.error is shown above the list.
    }
  };

  return (
    <>
      <Typography.Title level={1}>{t('portal.book.page')}</Typography.Title>
      {booked ? (
        <BookingConfirmation appointment={booked} item={catalog.data?.find((i) => i.code === booked.itemCode)} />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <ErrorAlert error={catalog.error} retry={() => void catalog.refetch()} />
          {catalog.data ? (
            <BookingForm
              items={catalog.data}
              initialItem={search.get('item') ?? ''}
              onBooked={(appointment) => {
                setBooked(appointment);
                setMessage(null);
              }}
            />
          ) : catalog.isPending ? (
            <Loading />
          ) : null}
        </Col>
        <Col xs={24} lg={10}>
          <Card title={<h2 id="mine-title">{t('portal.book.mine')}</h2>}>
            {message ? <Alert type="success" showIcon role="status" title={message} className="portal-alert" /> : null}
            <ErrorAlert error={cancel.error ?? mine.error} />
            {mine.isPending ? <Loading /> : null}
            {mine.data ? (
              <List
                aria-labelledby="mine-title"
                dataSource={mine.data.items}
                rowKey="id"
                locale={{ emptyText: t('portal.book.none') }}
                pagination={{
                  current: page,
                  pageSize: PAGE_SIZE,
                  total: mine.data.total,
                  onChange: setPage,
                  hideOnSinglePage: true,
                  size: 'small',
                }}
                renderItem={(a) => (
                  <List.Item
                    className={a.status === 'cancelled' ? 'portal-appointment is-cancelled' : 'portal-appointment'}
                  >
                    <div className="portal-appointment__body">
                      <strong>{a.bookingNo}</strong>
                      <span>{a.itemName}</span>
                      <span>{`${dayLabel(a.date)} ${a.slot}`}</span>
                      <span className="portal-muted">{a.window}</span>
                      {a.status === 'cancelled' ? (
                        <span className="ui-chip ui-chip--neutral">{t('portal.book.statusCancelled')}</span>
                      ) : (
                        <div className="portal-appointment__actions">
                          <span className="ui-chip ui-chip--normal">{t('portal.book.statusBooked')}</span>
                          <Button
                            danger
                            onClick={() => void cancelOne(a)}
                            aria-label={`${t('portal.book.cancel')}：${a.bookingNo}`}
                          >
                            {t('portal.book.cancel')}
                          </Button>
                          <small className="portal-muted">{`${t('portal.book.cancelUntil')}${formatDateTime(a.cancelUntil)}`}</small>
                        </div>
                      )}
                    </div>
                  </List.Item>
                )}
              />
            ) : null}
          </Card>
        </Col>
      </Row>
    </>
  );
}
