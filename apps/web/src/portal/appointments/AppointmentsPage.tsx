import { useState } from 'react';
import { api, ApiError } from '../../api/client';
import { t } from '../../i18n/t';
import type { CatalogItem } from '../../shared-ui/apiTypes';
import { formatDateTime } from '../../shared-ui/format';
import { ErrorNotice, Loading, SuccessNotice } from '../../shared-ui/Notice';
import { useApi } from '../../shared-ui/useApi';
import { BookingForm } from './BookingForm';
import { BookingConfirmation } from './BookingConfirmation';
import { type Appointment, dayLabel } from './types';

/** 我的预约: book a window slot, see bookings, cancel up to 2 hours before. */
export function AppointmentsPage() {
  const catalog = useApi<CatalogItem[]>('/catalog');
  const mine = useApi<Appointment[]>('/appointments');
  const [booked, setBooked] = useState<Appointment | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const initialItem = new URLSearchParams(window.location.search).get('item') ?? '';

  const cancel = async (appointment: Appointment) => {
    setError(null);
    try {
      await api(`/appointments/${appointment.id}/cancel`, { method: 'POST' });
      setMessage(`${t('portal.book.cancelled')}${appointment.bookingNo}`);
      if (booked?.id === appointment.id) setBooked(null);
      await mine.reload();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new Error(t('ui.error.generic')));
    }
  };

  return (
    <>
      <h1>{t('portal.book.page')}</h1>
      {booked ? (
        <BookingConfirmation appointment={booked} item={catalog.data?.find((i) => i.code === booked.itemCode)} />
      ) : null}
      <div className="ui-grid ui-grid--2">
        {catalog.data ? (
          <BookingForm
            items={catalog.data}
            initialItem={initialItem}
            onBooked={(appointment) => {
              setBooked(appointment);
              setMessage(null);
              void mine.reload();
            }}
          />
        ) : (
          <Loading />
        )}
        <section className="ui-card" aria-labelledby="mine-title">
          <h2 id="mine-title">{t('portal.book.mine')}</h2>
          {message ? <SuccessNotice>{message}</SuccessNotice> : null}
          <ErrorNotice error={error ?? mine.error} />
          {mine.data && mine.data.length === 0 ? <p>{t('portal.book.none')}</p> : null}
          <ul className="portal-appointments">
            {(mine.data ?? []).map((a) => (
              <li key={a.id} className={a.status === 'cancelled' ? 'is-cancelled' : ''}>
                <strong>{a.bookingNo}</strong>
                <span>{a.itemName}</span>
                <span>{`${dayLabel(a.date)} ${a.slot}`}</span>
                <span className="ui-muted">{a.window}</span>
                {a.status === 'cancelled' ? (
                  <span className="ui-chip ui-chip--neutral">{t('portal.book.statusCancelled')}</span>
                ) : (
                  <span className="ui-button-row">
                    <span className="ui-chip ui-chip--normal">{t('portal.book.statusBooked')}</span>
                    <button
                      type="button"
                      className="ui-button ui-button--danger"
                      onClick={() => void cancel(a)}
                      aria-label={`${t('portal.book.cancel')}：${a.bookingNo}`}
                    >
                      {t('portal.book.cancel')}
                    </button>
                    <small className="ui-muted">{`${t('portal.book.cancelUntil')}${formatDateTime(a.cancelUntil)}`}</small>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
