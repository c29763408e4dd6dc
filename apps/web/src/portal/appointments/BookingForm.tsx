import { type FormEvent, useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client';
import { t } from '../../i18n/t';
import type { CatalogItem } from '../../shared-ui/apiTypes';
import { tf } from '../../shared-ui/format';
import { ErrorNotice, Loading } from '../../shared-ui/Notice';
import { useApi } from '../../shared-ui/useApi';
import { type Appointment, dayLabel, type Slots } from './types';

/** 事项 → 日期 (next 5 working days) → 时段 with places left → confirm. */
export function BookingForm({
  items,
  initialItem,
  onBooked,
}: {
  items: CatalogItem[];
  initialItem: string;
  onBooked(appointment: Appointment): void;
}) {
  const [itemCode, setItemCode] = useState(initialItem || items[0]?.code || '');
  const slots = useApi<Slots>(itemCode ? `/appointments/slots?itemCode=${encodeURIComponent(itemCode)}` : null);
  const [date, setDate] = useState('');
  const [slot, setSlot] = useState('');
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setDate(slots.data?.days[0]?.date ?? '');
    setSlot('');
  }, [slots.data]);

  const day = slots.data?.days.find((d) => d.date === date);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!date || !slot) {
      setError(new Error(t('portal.book.pick')));
      return;
    }
    setBusy(true);
    try {
      onBooked(await api<Appointment>('/appointments', { body: { itemCode, date, slot } }));
      setError(null);
      await slots.reload();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new Error(t('ui.error.generic')));
      await slots.reload();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="ui-card portal-booking" onSubmit={submit} aria-labelledby="booking-title">
      <h2 id="booking-title">{t('portal.book.title')}</h2>
      <label className="ui-field">
        <span>{t('portal.book.item')}</span>
        <select value={itemCode} onChange={(e) => setItemCode(e.target.value)}>
          {items.map((item) => (
            <option key={item.code} value={item.code}>
              {item.name}
            </option>
          ))}
        </select>
      </label>
      {slots.data ? <p className="ui-muted">{`${t('portal.book.window')}${slots.data.window}`}</p> : <Loading />}
      {slots.data ? (
        <fieldset className="portal-booking__days">
          <legend>{t('portal.book.date')}</legend>
          {slots.data.days.map((d) => (
            <label key={d.date} className={`portal-chip-radio${date === d.date ? ' is-checked' : ''}`}>
              <input
                type="radio"
                name="date"
                value={d.date}
                checked={date === d.date}
                onChange={() => {
                  setDate(d.date);
                  setSlot('');
                }}
              />
              {dayLabel(d.date)}
            </label>
          ))}
        </fieldset>
      ) : null}
      {day ? (
        <fieldset className="portal-booking__slots">
          <legend>{t('portal.book.slot')}</legend>
          {day.slots.map((s) => (
            <label
              key={s.slot}
              className={`portal-chip-radio${slot === s.slot ? ' is-checked' : ''}${s.remaining === 0 ? ' is-full' : ''}`}
            >
              <input
                type="radio"
                name="slot"
                value={s.slot}
                checked={slot === s.slot}
                disabled={s.remaining === 0}
                onChange={() => setSlot(s.slot)}
              />
              {`${s.slot}–${s.end}`}
              <small>{s.remaining === 0 ? t('portal.book.full') : tf('portal.book.left', { n: s.remaining })}</small>
            </label>
          ))}
        </fieldset>
      ) : null}
      <p className="ui-muted">{t('portal.book.rules')}</p>
      <ErrorNotice error={error} />
      <button type="submit" className="ui-button ui-button--primary" disabled={busy}>
        {t('portal.book.submit')}
      </button>
    </form>
  );
}
