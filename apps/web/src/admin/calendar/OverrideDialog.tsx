import { Button, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useCommand } from '../../api/query';
import { t } from '../../i18n/t';
import { tf } from '../../shared-ui/format';
import { ErrorNotice } from '../../shared-ui/Notice';
import { ADMIN_KEYS } from '../api';
import { type CalendarDayView, overridePath, overrideRequest } from './calendarDays';

/** One day: make it a workday or a day off for the chosen center, or take the local override back. */
export function OverrideDialog({
  centerId,
  day,
  onClose,
  onDone,
}: {
  centerId: string;
  day: CalendarDayView | null;
  onClose(): void;
  onDone(message: string): void;
}) {
  const [note, setNote] = useState('');
  const change = useCommand<{ day: CalendarDayView; workday: boolean }>({
    request: ({ day: target, workday }) => overrideRequest(target, workday, note, centerId),
    invalidates: [...ADMIN_KEYS.calendar, ['applications']],
  });
  const remove = useCommand<CalendarDayView>({
    request: (target) => ({ path: overridePath(target, centerId), method: 'DELETE' }),
    invalidates: [...ADMIN_KEYS.calendar, ['applications']],
  });
  const close = () => {
    setNote('');
    change.reset();
    remove.reset();
    onClose();
  };
  const finish = (message: string) => {
    setNote('');
    change.reset();
    remove.reset();
    onDone(message);
  };
  if (!day) return null;
  const set = (workday: boolean) =>
    void change.run({ day, workday }).then(
      () => finish(tf('admin.calendar.changed', { date: day.date })),
      () => undefined,
    );

  return (
    <Modal
      open
      title={`${day.date}：${day.note || (day.workday ? t('admin.calendar.workday') : t('admin.calendar.dayOff'))}`}
      footer={null}
      onCancel={close}
    >
      <label className="ad-picker">
        <span>{t('admin.calendar.note')}</span>
        <Input value={note} maxLength={200} onChange={(event) => setNote(event.target.value)} />
      </label>
      <Space wrap style={{ marginTop: 16 }}>
        <Button
          type={day.workday ? 'default' : 'primary'}
          disabled={day.workday && !day.override}
          loading={change.pending}
          onClick={() => set(true)}
        >
          {t('admin.calendar.setWorkday')}
        </Button>
        <Button
          type={day.workday ? 'primary' : 'default'}
          disabled={!day.workday && !day.override}
          loading={change.pending}
          onClick={() => set(false)}
        >
          {t('admin.calendar.setDayOff')}
        </Button>
        {day.override ? (
          <Button
            danger
            loading={remove.pending}
            onClick={() =>
              void remove.run(day).then(
                () => finish(tf('admin.calendar.removed', { date: day.date })),
                () => undefined,
              )
            }
          >
            {t('admin.calendar.removeOverride')}
          </Button>
        ) : null}
      </Space>
      <ErrorNotice error={change.error ?? remove.error} />
    </Modal>
  );
}
