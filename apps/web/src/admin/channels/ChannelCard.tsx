import type { ChannelSettings } from '@tongban/api-contract';
import { Button, Card, Form, Switch } from 'antd';
import { type ReactNode, useState } from 'react';
import { useCommand } from '../../api/query';
import { t } from '../../i18n/t';
import { tf } from '../../shared-ui/format';
import { ErrorNotice, SuccessNotice } from '../../shared-ui/Notice';
import { ADMIN_KEYS } from '../api';
import type { ChannelName } from '../forms';

export interface ChannelCardProps<F extends { enabled: boolean }> {
  centerId: string;
  name: ChannelName;
  channels: ChannelSettings;
  initialValues: F;
  /** The whole `PUT /api/centers/{id}/channels` body: this channel from the form, the others as they stand. */
  request(form: F, current: ChannelSettings): object;
  /** The channel's fields, shown while it is switched on. */
  children: ReactNode;
}

/** One channel of a center: a switch, its fields while on, and its own save (the route takes every channel). */
export function ChannelCard<F extends { enabled: boolean }>(props: ChannelCardProps<F>) {
  const { centerId, name, channels, initialValues, request, children } = props;
  const channel = t(`admin.channels.name.${name}`);
  const [saved, setSaved] = useState(false);
  const save = useCommand<F>({
    request: (form) => ({
      path: `/centers/${encodeURIComponent(centerId)}/channels`,
      method: 'PUT',
      body: request(form, channels),
    }),
    invalidates: ADMIN_KEYS.channels,
  });
  const [form] = Form.useForm<F>();
  const enabled = Form.useWatch('enabled', form);
  return (
    <Card className="ad-section" title={<h2 className="ad-card-title">{channel}</h2>}>
      <p className="ui-muted">{t(`admin.channels.hint.${name}`)}</p>
      <Form<F>
        name={`channel-${name}`}
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={() => setSaved(false)}
        onFinish={(values) =>
          void save.run(values).then(
            () => setSaved(true),
            () => setSaved(false),
          )
        }
      >
        <Form.Item name="enabled" label={tf('admin.channels.enable', { channel })} valuePropName="checked">
          <Switch />
        </Form.Item>
        {enabled ? children : null}
        <Button type="primary" htmlType="submit" loading={save.pending}>
          {t('admin.save')}
        </Button>
        <ErrorNotice error={save.error} />
        {saved ? <SuccessNotice>{tf('admin.channels.saved', { channel })}</SuccessNotice> : null}
      </Form>
    </Card>
  );
}
