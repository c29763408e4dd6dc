import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, List } from 'antd';
import { useState } from 'react';
import { useDepartmentNames } from '../../api/names';
import { apiQuery, useCommand } from '../../api/query';
import { t } from '../../i18n/t';
import { formatDateTime, tf } from '../../shared-ui/format';

interface Pair {
  a: string;
  aName: string;
  b: string;
  bName: string;
  department: string | null;
}

interface Absence {
  id: string;
  username: string;
  from: string;
  to: string;
}

/** `2026-10-12T09:00` typed in the center's time → an instant (Shanghai has no daylight saving). */
const asShanghai = (local: string) => `${local}:00+08:00`;

function PairRow({ pair, departmentName }: { pair: Pair; departmentName(code: string | null): string }) {
  const absencesPath = `/staff/${encodeURIComponent(pair.a)}/absence`;
  const absences = useQuery(apiQuery<Absence[]>(absencesPath));
  const [form] = Form.useForm<{ from: string; to: string }>();
  const [saved, setSaved] = useState<string | null>(null);
  const record = useCommand<{ from: string; to: string }>({
    request: (body) => ({ path: absencesPath, body }),
    invalidates: [['staff'], ['tasks']],
  });
  const remove = useCommand<string>({
    request: (id) => ({ path: `/staff/absence/${encodeURIComponent(id)}`, method: 'DELETE' }),
    invalidates: [['staff'], ['tasks']],
  });
  const save = ({ from, to }: { from: string; to: string }) => {
    setSaved(null);
    void record.run({ from: asShanghai(from), to: asShanghai(to) }).then(
      () => {
        setSaved(tf('workbench.staff.saved', { a: pair.aName, b: pair.bName }));
      },
      () => undefined,
    );
  };
  const error = record.error ?? remove.error;

  return (
    <Card
      className="wb-gap"
      role="region"
      aria-label={`${pair.aName} / ${pair.bName}`}
      title={
        <h2 className="wb-card-title">{`${departmentName(pair.department)}：A 岗 ${pair.aName} · B 岗 ${pair.bName}`}</h2>
      }
    >
      <List
        size="small"
        header={t('workbench.staff.absences')}
        dataSource={absences.data ?? []}
        locale={{ emptyText: t('workbench.staff.noAbsence') }}
        renderItem={(absence) => (
          <List.Item
            actions={[
              <Button key="remove" type="link" onClick={() => void remove.run(absence.id).catch(() => undefined)}>
                {t('workbench.staff.remove')}
              </Button>,
            ]}
          >
            {`${formatDateTime(absence.from)} — ${formatDateTime(absence.to)}`}
          </List.Item>
        )}
      />
      <Form form={form} layout="inline" onFinish={save} className="wb-absence-form">
        <Form.Item
          name="from"
          label={t('workbench.staff.from')}
          rules={[{ required: true, message: t('workbench.staff.needDates') }]}
        >
          <Input type="datetime-local" />
        </Form.Item>
        <Form.Item
          name="to"
          label={t('workbench.staff.to')}
          rules={[{ required: true, message: t('workbench.staff.needDates') }]}
        >
          <Input type="datetime-local" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={record.pending}>
          {tf('workbench.staff.record', { name: pair.aName })}
        </Button>
      </Form>
      {saved ? <Alert type="success" showIcon role="status" message={saved} className="wb-gap" /> : null}
      {error ? <Alert type="error" showIcon message={error.message} className="wb-gap" /> : null}
    </Card>
  );
}

/** AB岗: while A is absent, A's tasks go to B, who acts with A's authority (shown as 代…办理). */
export function StaffPage() {
  const pairs = useQuery(apiQuery<Pair[]>('/staff/pairs'));
  const departmentName = useDepartmentNames();
  return (
    <>
      <h1>{t('workbench.staff.title')}</h1>
      <p className="ui-muted">{t('workbench.staff.intro')}</p>
      {pairs.error ? <Alert type="error" showIcon message={pairs.error.message} /> : null}
      {(pairs.data ?? []).map((pair) => (
        <PairRow key={pair.a} pair={pair} departmentName={departmentName} />
      ))}
    </>
  );
}
