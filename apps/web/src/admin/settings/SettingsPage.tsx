import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, InputNumber, Switch } from 'antd';
import { useState } from 'react';
import { apiQuery, useCommand } from '../../api/query';
import type { CenterSettings } from '@tongban/api-contract';
import type { MessageKey } from '../../i18n/zh-CN';
import { t } from '../../i18n/t';
import { tf } from '../../shared-ui/format';
import { ErrorNotice, SuccessNotice } from '../../shared-ui/Notice';
import { ADMIN_KEYS } from '../api';
import { useCenterChoice } from '../CenterPicker';
import { type NumberSetting, officeHoursRequest, type OfficeHoursRow, settingsRequest } from '../forms';
import { OfficeHoursFields } from './OfficeHoursFields';

/** The numeric settings of `PUT /api/centers/{id}/settings`, with the server's bounds. */
const NUMBERS: (NumberSetting & { label: MessageKey })[] = [
  { name: 'supplementDays', min: 1, max: 60, label: 'admin.settings.supplementDays' },
  { name: 'deemedAcceptanceDays', min: 1, max: 20, label: 'admin.settings.deemedAcceptanceDays' },
  { name: 'extensionMaxDays', min: 1, max: 60, label: 'admin.settings.extensionMaxDays' },
  { name: 'warnAtRemainingDays', min: 0, max: 20, label: 'admin.settings.warnAtRemainingDays' },
  { name: 'complaintDays', min: 1, max: 60, label: 'admin.settings.complaintDays' },
  { name: 'appointmentCapacity', min: 1, max: 100, label: 'admin.settings.appointmentCapacity' },
];
const BOOLEANS = ['deemedAcceptance'];

function SettingsForm({ centerId, settings }: { centerId: string; settings: CenterSettings }) {
  const [saved, setSaved] = useState(false);
  const save = useCommand<Record<string, unknown>>({
    request: (values) => ({
      path: `/centers/${encodeURIComponent(centerId)}/settings`,
      method: 'PUT',
      body: {
        ...settingsRequest(values, NUMBERS, BOOLEANS),
        officeHours: officeHoursRequest(values.officeHours as OfficeHoursRow[] | undefined),
      },
    }),
    invalidates: ADMIN_KEYS.settings,
  });
  const initial = {
    ...settings.set,
    deemedAcceptance: settings.set.deemedAcceptance ?? true,
    officeHours: settings.set.officeHours ?? [],
  };
  const inForce: Record<string, number | null> = { ...settings.policy, ...settings.service, officeHours: null };
  return (
    <Form
      name="center-settings"
      layout="vertical"
      initialValues={initial}
      onValuesChange={() => setSaved(false)}
      onFinish={(values: Record<string, unknown>) =>
        void save.run(values).then(
          () => setSaved(true),
          () => setSaved(false),
        )
      }
    >
      <p className="ui-muted">{t('admin.settings.emptyIsDefault')}</p>
      <Form.Item name="deemedAcceptance" label={t('admin.settings.deemedAcceptance')} valuePropName="checked">
        <Switch />
      </Form.Item>
      {NUMBERS.map(({ name, min, max, label }) => (
        <Form.Item key={name} name={name} label={t(label)}>
          <InputNumber
            min={min}
            max={max}
            precision={0}
            placeholder={tf('admin.settings.default', { value: String(inForce[name] ?? '—') })}
            style={{ minWidth: 160 }}
          />
        </Form.Item>
      ))}
      <OfficeHoursFields defaults={settings.service.officeHours} />
      <Button type="primary" htmlType="submit" loading={save.pending}>
        {t('admin.save')}
      </Button>
      <ErrorNotice error={save.error} />
      {saved ? <SuccessNotice>{t('admin.saved')}</SuccessNotice> : null}
    </Form>
  );
}

/** 中心设置: the center's own deadlines and limits; an empty field falls back to the default. */
export function SettingsPage() {
  const { centerId, picker } = useCenterChoice();
  const settings = useQuery(apiQuery<CenterSettings>(`/centers/${encodeURIComponent(centerId)}/settings`));
  return (
    <>
      <header className="ad-head">
        <h1>{t('admin.settings.title')}</h1>
        <div className="ad-head__actions">{picker}</div>
      </header>
      <ErrorNotice error={settings.error} />
      <Card className="ad-section" title={<h2 className="ad-card-title">{t('admin.settings.deadlines')}</h2>}>
        {settings.data ? <SettingsForm key={centerId} centerId={centerId} settings={settings.data} /> : null}
      </Card>
    </>
  );
}
