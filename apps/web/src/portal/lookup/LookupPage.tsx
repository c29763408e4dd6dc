import { useQuery } from '@tanstack/react-query';
import type { PublicProgress } from '@tongban/api-contract';
import { Alert, Button, Card, Descriptions, Form, Input, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { apiQuery, withQuery } from '../../api/query';
import { t } from '../../i18n/t';
import { formatDateTime } from '../../shared-ui/format';
import { progressPhase, statusColor } from './progressPhase';

interface LookupForm {
  receiptNo: string;
  phone: string;
}

const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

/** 办件进度查询: no login; the receipt's QR code opens it with `?receiptNo=` filled in. */
export function LookupPage() {
  const [params] = useSearchParams();
  const [asked, setAsked] = useState<LookupForm | null>(null);
  const progress = useQuery({
    ...apiQuery<PublicProgress>(withQuery('/public/progress', { ...asked })),
    enabled: asked !== null,
    retry: false,
  });
  const error = progress.error instanceof ApiError ? progress.error : null;

  return (
    <div className="lookup-page">
      <Typography.Title level={1}>{t('portal.lookup.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('portal.lookup.intro')}</Typography.Paragraph>
      <Card>
        <Form<LookupForm>
          layout="vertical"
          initialValues={{ receiptNo: params.get('receiptNo') ?? '', phone: '' }}
          onFinish={(values) =>
            setAsked({ receiptNo: values.receiptNo.trim(), phone: values.phone.replace(/\s+/g, '') })
          }
          requiredMark={false}
        >
          <Form.Item
            name="receiptNo"
            label={t('portal.lookup.receiptNo')}
            rules={[{ required: true, whitespace: true, message: t('portal.lookup.needReceiptNo') }]}
          >
            <Input placeholder={t('portal.lookup.receiptNoPlaceholder')} autoComplete="off" size="large" />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('portal.lookup.phone')}
            rules={[
              { required: true, message: t('portal.lookup.needPhone') },
              {
                validator: (_, value: string) =>
                  !value || PHONE.test(value.replace(/\s+/g, ''))
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('portal.lookup.badPhone'))),
              },
            ]}
          >
            <Input placeholder={t('portal.lookup.phonePlaceholder')} inputMode="tel" autoComplete="tel" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={progress.isFetching}>
            {t('portal.lookup.submit')}
          </Button>
        </Form>
      </Card>
      {error && (
        <Alert
          className="lookup-result"
          type={error.status === 404 ? 'warning' : 'error'}
          showIcon
          title={error.status === 404 ? t('portal.lookup.notFound') : error.message}
          description={error.status === 404 ? error.message : undefined}
          role="alert"
        />
      )}
      {progress.data && asked && <ProgressResult progress={progress.data} />}
    </div>
  );
}

function ProgressResult({ progress }: { progress: PublicProgress }) {
  const phase = progressPhase(progress.status);
  return (
    <Card className="lookup-result" title={t('portal.lookup.result')} aria-live="polite">
      <Steps
        orientation="vertical"
        size="small"
        current={phase.current}
        status={phase.status}
        items={[
          { title: t('portal.lookup.phase.submitted') },
          { title: t('portal.lookup.phase.accepted') },
          { title: t('portal.lookup.phase.review') },
          { title: t('portal.lookup.phase.done') },
        ]}
      />
      <Descriptions column={1} size="small" bordered styles={{ label: { whiteSpace: 'nowrap' } }}>
        <Descriptions.Item label={t('portal.lookup.receiptNo')}>{progress.receiptNo}</Descriptions.Item>
        <Descriptions.Item label={t('portal.lookup.item')}>{progress.itemName}</Descriptions.Item>
        <Descriptions.Item label={t('portal.lookup.status')}>
          <Tag color={statusColor(progress.status)}>{progress.statusLabel}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('portal.lookup.currentStep')}>
          {progress.currentStep.length ? progress.currentStep.join('、') : t('portal.lookup.noStep')}
        </Descriptions.Item>
        <Descriptions.Item label={t('portal.lookup.deadline')}>
          {progress.deadline ? formatDateTime(progress.deadline) : t('portal.lookup.noDeadline')}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
