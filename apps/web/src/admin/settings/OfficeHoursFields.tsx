import { Button, Form, Input, Space } from 'antd';
import { t } from '../../i18n/t';
import { tf } from '../../shared-ui/format';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/**
 * 办公时段: the sessions appointments are cut from (30-minute slots). No rows means the default hours, shown in
 * the hint; the server refuses overlaps and times off the half hour.
 */
export function OfficeHoursFields({ defaults }: { defaults: { from: string; to: string }[] }) {
  const defaultText = defaults.map(({ from, to }) => `${from}–${to}`).join('、');
  return (
    <Form.Item
      label={t('admin.settings.officeHours')}
      extra={tf('admin.settings.officeHoursDefault', { value: defaultText })}
    >
      <Form.List name="officeHours">
        {(rows, { add, remove }) => (
          <Space direction="vertical">
            {rows.map((row, index) => (
              <Space key={row.key} align="baseline">
                <Form.Item
                  name={[row.name, 'from']}
                  noStyle
                  rules={[{ pattern: HHMM, message: t('admin.settings.timeFormat') }]}
                >
                  <Input
                    aria-label={tf('admin.settings.sessionFrom', { n: String(index + 1) })}
                    placeholder="09:00"
                    style={{ width: 96 }}
                  />
                </Form.Item>
                <span aria-hidden="true">–</span>
                <Form.Item
                  name={[row.name, 'to']}
                  noStyle
                  rules={[{ pattern: HHMM, message: t('admin.settings.timeFormat') }]}
                >
                  <Input
                    aria-label={tf('admin.settings.sessionTo', { n: String(index + 1) })}
                    placeholder="12:00"
                    style={{ width: 96 }}
                  />
                </Form.Item>
                <Button onClick={() => remove(row.name)}>{t('admin.settings.removeSession')}</Button>
              </Space>
            ))}
            <Button onClick={() => add({ from: '', to: '' })}>{t('admin.settings.addSession')}</Button>
          </Space>
        )}
      </Form.List>
    </Form.Item>
  );
}
