import { useQuery } from '@tanstack/react-query';
import { Alert, Form, InputNumber, Select } from 'antd';
import { apiQuery } from '../../api/query';
import { t } from '../../i18n/t';
import { FormDialog, ReasonItem } from '../../shared-ui/FormDialog';

/** §45 special procedures: their time is not counted and the applicant is told how long they take. */
export const SPECIAL_PROCEDURES = ['hearing', 'bidding', 'inspection', 'appraisal', 'expert-review'] as const;
const PAUSE_KINDS = [...SPECIAL_PROCEDURES, 'site-survey', 'other'] as const;

interface DialogProps<T> {
  open: boolean;
  busy: boolean;
  error: Error | null;
  onClose(): void;
  onSend(body: T): void;
}

const daysRule = { type: 'integer' as const, min: 1, message: t('workbench.clock.daysRequired') };

/** 暂停计时 (§45): the kind, the reason and, for a special procedure, the expected working days. */
export function PauseDialog(props: DialogProps<{ kind: string; reason: string; expectedDays?: number }>) {
  const [form] = Form.useForm<{ kind: string; reason: string; expectedDays?: number | null }>();
  const kind = Form.useWatch('kind', form) ?? 'expert-review';
  const special = (SPECIAL_PROCEDURES as readonly string[]).includes(kind);
  return (
    <FormDialog
      {...props}
      form={form}
      title={t('workbench.clock.pause')}
      initialValues={{ kind: 'expert-review' }}
      notice={special ? <Alert type="info" showIcon message={t('workbench.clock.toldApplicant')} /> : null}
      onFinish={(values) =>
        props.onSend({
          kind: values.kind,
          reason: values.reason.trim(),
          ...(values.expectedDays ? { expectedDays: values.expectedDays } : {}),
        })
      }
    >
      <Form.Item name="kind" label={t('workbench.clock.kind')}>
        <Select
          options={PAUSE_KINDS.map((k) => ({
            value: k,
            label: t(`workbench.pauseKind.${k}` as 'workbench.pauseKind.hearing'),
          }))}
        />
      </Form.Item>
      <ReasonItem label={t('workbench.clock.reason')} />
      <Form.Item
        name="expectedDays"
        label={t('workbench.clock.expectedDays')}
        rules={[daysRule, ...(special ? [{ required: true, message: t('workbench.clock.daysRequired') }] : [])]}
      >
        <InputNumber min={1} precision={0} />
      </Form.Item>
    </FormDialog>
  );
}

/** 延期 (§42): days, reason and the approving head (负责人), picked from the directory. */
export function ExtendDialog(props: DialogProps<{ days: number; reason: string; approver: string }>) {
  const heads = useQuery({
    ...apiQuery<{ username: string; name: string; department: string | null }[]>('/users?role=head'),
    enabled: props.open,
  });
  const [form] = Form.useForm<{ days: number; reason: string; approver: string }>();
  return (
    <FormDialog
      {...props}
      form={form}
      title={t('workbench.clock.extend')}
      onFinish={(values) => props.onSend({ ...values, reason: values.reason.trim() })}
    >
      <Form.Item
        name="days"
        label={t('workbench.clock.extendDays')}
        rules={[{ required: true, message: t('workbench.clock.daysRequired') }, daysRule]}
      >
        <InputNumber min={1} precision={0} />
      </Form.Item>
      <ReasonItem label={t('workbench.clock.reason')} />
      <Form.Item
        name="approver"
        label={t('workbench.clock.approver')}
        rules={[{ required: true, message: t('workbench.clock.approverRequired') }]}
      >
        <Select
          loading={heads.isLoading}
          options={(heads.data ?? []).map((head) => ({ value: head.username, label: head.name }))}
        />
      </Form.Item>
    </FormDialog>
  );
}
