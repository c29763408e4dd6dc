import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Radio, Select, Typography } from 'antd';
import { type FormEvent, useState } from 'react';
import { apiQuery, useCommand, withQuery } from '../../api/query';
import { t } from '../../i18n/t';
import type { CatalogItem } from '@tongban/api-contract';
import { tf } from '../../shared-ui/format';
import { ErrorAlert, Loading } from '../ui/QueryStates';
import type { Appointment, Slots } from '@tongban/api-contract';
import { dayLabel } from './dayLabel';

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
  // The chosen item's center: catalog codes are unique within a center only.
  const centerId = items.find((item) => item.code === itemCode)?.centerId;
  const slots = useQuery({
    ...apiQuery<Slots>(withQuery('/appointments/slots', { itemCode, center: centerId })),
    enabled: Boolean(itemCode),
  });
  const [chosenDate, setChosenDate] = useState('');
  const [slot, setSlot] = useState('');
  const [problem, setProblem] = useState<Error | null>(null);
  const book = useCommand<{ itemCode: string; centerId?: string; date: string; slot: string }, Appointment>({
    request: (body) => ({ path: '/appointments', body }),
    invalidates: [['appointments']],
  });

  // The first bookable day until the applicant picks one that the current answer still offers.
  const days = slots.data?.days ?? [];
  const date = days.some((d) => d.date === chosenDate) ? chosenDate : (days[0]?.date ?? '');
  const day = days.find((d) => d.date === date);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!date || !slot) {
      setProblem(new Error(t('portal.book.pick')));
      return;
    }
    setProblem(null);
    try {
      onBooked(await book.run({ itemCode, centerId, date, slot }));
      setSlot('');
    } catch {
      // The alert below shows book.error; the slots are read again in case they filled up meanwhile.
      void slots.refetch();
    }
  };

  return (
    <Card className="portal-booking">
      <form onSubmit={submit} aria-labelledby="booking-title">
        <h2 id="booking-title">{t('portal.book.title')}</h2>
        <Form layout="vertical" component="div">
          <Form.Item label={t('portal.book.item')} htmlFor="booking-item">
            <Select
              id="booking-item"
              size="large"
              value={itemCode}
              onChange={(code) => {
                setItemCode(code);
                setChosenDate('');
                setSlot('');
              }}
              options={items.map((item) => ({ value: item.code, label: item.name }))}
            />
          </Form.Item>
        </Form>
        {slots.isPending ? <Loading /> : null}
        <ErrorAlert error={slots.error} retry={() => void slots.refetch()} />
        {slots.data ? (
          <>
            <Typography.Paragraph type="secondary">{`${t('portal.book.window')}${slots.data.window}`}</Typography.Paragraph>
            <fieldset className="portal-fieldset">
              <legend>{t('portal.book.date')}</legend>
              <Radio.Group
                name="date"
                optionType="button"
                className="portal-chips"
                value={date}
                onChange={(e) => {
                  setChosenDate(e.target.value as string);
                  setSlot('');
                }}
                options={days.map((d) => ({ value: d.date, label: dayLabel(d.date) }))}
              />
            </fieldset>
          </>
        ) : null}
        {day ? (
          <fieldset className="portal-fieldset">
            <legend>{t('portal.book.slot')}</legend>
            <Radio.Group
              name="slot"
              optionType="button"
              className="portal-chips portal-chips--slots"
              value={slot}
              onChange={(e) => setSlot(e.target.value as string)}
              options={day.slots.map((s) => ({
                value: s.slot,
                disabled: s.remaining === 0,
                label: (
                  <span className="portal-chip-slot">
                    {`${s.slot}–${s.end}`}
                    <small>
                      {s.remaining === 0 ? t('portal.book.full') : tf('portal.book.left', { n: s.remaining })}
                    </small>
                  </span>
                ),
              }))}
            />
          </fieldset>
        ) : null}
        <Typography.Paragraph type="secondary">{t('portal.book.rules')}</Typography.Paragraph>
        <ErrorAlert error={problem ?? book.error} />
        <Button type="primary" size="large" htmlType="submit" loading={book.pending}>
          {t('portal.book.submit')}
        </Button>
      </form>
    </Card>
  );
}
