import { Button, Divider, Form, Input } from 'antd';
import { useState } from 'react';
import { useCommand } from '../../api/query';
import { t } from '../../i18n/t';
import { tf } from '../../shared-ui/format';
import { ErrorNotice, SuccessNotice } from '../../shared-ui/Notice';
import { ADMIN_KEYS } from '../api';
import { CHILD_LEVEL, CODE_PATTERN, newCenterRequest, type NewCenterForm } from '../forms';
import type { Center } from '../types';

const required = { required: true, whitespace: true, message: t('admin.required') };

/** Rename the selected center; open a center one level below it. */
export function CenterForms({ center, onCreated }: { center: Center; onCreated(id: string): void }) {
  const [done, setDone] = useState<string | null>(null);
  const rename = useCommand<string>({
    request: (name) => ({
      path: `/centers/${encodeURIComponent(center.id)}`,
      method: 'PATCH',
      body: { name: name.trim() },
    }),
    invalidates: ADMIN_KEYS.centers,
  });
  const create = useCommand<NewCenterForm>({
    request: (form) => ({ path: '/centers', body: newCenterRequest(center, form) }),
    invalidates: ADMIN_KEYS.centers,
  });
  const [childForm] = Form.useForm<NewCenterForm>();
  const childLevel = CHILD_LEVEL[center.level];

  return (
    <>
      <Form
        layout="inline"
        initialValues={{ name: center.name }}
        onFinish={({ name }: { name: string }) =>
          void rename.run(name).then(
            () => setDone(t('admin.saved')),
            () => setDone(null),
          )
        }
      >
        <Form.Item name="name" label={t('admin.centers.name')} rules={[required]}>
          <Input />
        </Form.Item>
        <Button htmlType="submit" loading={rename.pending}>
          {t('admin.rename')}
        </Button>
      </Form>
      <ErrorNotice error={rename.error} />
      <Divider />
      {childLevel ? (
        <Form
          form={childForm}
          layout="vertical"
          onFinish={(form: NewCenterForm) =>
            void create.run(form).then(
              () => {
                setDone(tf('admin.centers.created', { name: form.name.trim() }));
                childForm.resetFields();
                onCreated(form.id.trim());
              },
              () => setDone(null),
            )
          }
        >
          <h3>{`${t('admin.centers.addChild')}（${t(`admin.level.${childLevel}`)}）`}</h3>
          <Form.Item
            name="id"
            label={t('admin.centers.id')}
            rules={[required, { pattern: CODE_PATTERN, message: t('admin.codeRule') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="name" label={t('admin.centers.name')} rules={[required]}>
            <Input />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.pending}>
            {t('admin.centers.addChild')}
          </Button>
        </Form>
      ) : (
        <p className="ui-muted">{t('admin.centers.noChild')}</p>
      )}
      <ErrorNotice error={create.error} />
      {done ? <SuccessNotice>{done}</SuccessNotice> : null}
    </>
  );
}
